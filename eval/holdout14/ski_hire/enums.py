from enum import Enum


class SkierAbility(str, Enum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"
    EXPERT = "expert"


class Discipline(str, Enum):
    SKI = "ski"
    SNOWBOARD = "snowboard"
    TOURING = "touring"
    CROSS_COUNTRY = "xc"


class ItemCondition(Enum):
    NEW = 1
    GOOD = 2
    WORN = 3
    RETIRED = 4
