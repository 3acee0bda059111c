from enum import Enum, IntEnum


class Position(str, Enum):
    HIGH_CHAIR = "high_chair"
    POOLSIDE_PATROL = "patrol"
    TEACHING_POOL = "teaching"
    FLUME_EXIT = "flume"
    RELIEF = "relief"


class ContractType(str, Enum):
    FULL_TIME = "ft"
    PART_TIME = "pt"
    CASUAL = "casual"


class IncidentSeverity(IntEnum):
    NEAR_MISS = 0
    MINOR = 1
    RIDDOR = 2
