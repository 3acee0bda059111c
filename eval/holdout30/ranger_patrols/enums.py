from enum import Enum, IntEnum


class IncidentType(Enum):
    FLY_TIPPING = "fly_tipping"
    LITTER = "litter"
    VANDALISM = "vandalism"
    FALLEN_TREE = "fallen_tree"
    DOG_FOULING = "dog_fouling"
    WILDFIRE = "wildfire"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Weather(str, Enum):
    DRY = "dry"
    RAIN = "rain"
    SNOW = "snow"
    HIGH_WIND = "high_wind"
