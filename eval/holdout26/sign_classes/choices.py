from enum import Enum, IntEnum


class Level(IntEnum):
    INTRO = 0
    LEVEL_1 = 1
    LEVEL_2 = 2
    LEVEL_3 = 3


class HearingStatus(str, Enum):
    HEARING = "hearing"
    DEAF = "deaf"
    HARD_OF_HEARING = "hoh"
    DEAFBLIND = "deafblind"
    NOT_SAID = "not_said"


class ContactMethod(str, Enum):
    EMAIL = "email"
    SMS = "sms"
    VIDEO_RELAY = "vrs"
