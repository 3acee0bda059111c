from enum import Enum


class MoveReason(str, Enum):
    SPACING = "spacing"
    POTTING_ON = "potting_on"
    SALE = "sale"
    WASTE = "waste"
    PEST_DAMAGE = "pest_damage"


class Hardiness(str, Enum):
    H1A = "H1a"
    H2 = "H2"
    H3 = "H3"
    H4 = "H4"
    H5 = "H5"
    H6 = "H6"
    H7 = "H7"


class PlantSex(str, Enum):
    MALE = "male"
    FEMALE = "female"
    SELF_FERTILE = "self_fertile"
