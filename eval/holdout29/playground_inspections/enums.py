from enum import Enum, IntEnum


class RiskLevel(IntEnum):
    VERY_LOW = 1
    LOW = 2
    MEDIUM = 3
    HIGH = 4
    VERY_HIGH = 5


class InspectionKind(Enum):
    ROUTINE = "routine"
    OPERATIONAL = "operational"
    ANNUAL = "annual"


class SurfaceType(str, Enum):
    WETPOUR = "wetpour"
    GRASS_MATTING = "grass_matting"
    BARK = "bark"
    SAND = "sand"
    RUBBER_TILES = "rubber_tiles"
