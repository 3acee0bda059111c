from enum import Enum, IntEnum


class RepairStatus(str, Enum):
    BOOKED_IN = "booked_in"
    DIAGNOSING = "diagnosing"
    AWAITING_PARTS = "awaiting_parts"
    READY = "ready"
    COLLECTED = "collected"
    UNCOLLECTED = "uncollected"


class FaultCategory(str, Enum):
    SCREEN = "screen"
    BATTERY = "battery"
    CHARGING_PORT = "charging_port"
    WATER_DAMAGE = "water_damage"
    CAMERA = "camera"
    SOFTWARE = "software"


class WarrantyDays(IntEnum):
    SCREEN = 90
    BATTERY = 180
    OTHER = 30
