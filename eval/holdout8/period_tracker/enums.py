from enum import Enum, IntEnum


class Flow(str, Enum):
    NONE = "none"
    SPOTTING = "spotting"
    LIGHT = "light"
    MEDIUM = "medium"
    HEAVY = "heavy"


class Symptom(str, Enum):
    CRAMPS = "cramps"
    HEADACHE = "headache"
    BLOATING = "bloating"
    TENDER_BREASTS = "tender_breasts"
    ACNE = "acne"
    FATIGUE = "fatigue"


class Mood(IntEnum):
    LOW = 1
    FLAT = 2
    OK = 3
    GOOD = 4
    GREAT = 5
