from enum import Enum


class ObjectCondition(str, Enum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    UNSTABLE = "unstable"


class DisplayEnvironment(Enum):
    TEMPERATURE_C = (18, 22)
    RELATIVE_HUMIDITY = (45, 55)
    MAX_LUX = 50
