from enum import Enum


class CompartmentSize(str, Enum):
    SMALL = "S"
    MEDIUM = "M"
    LARGE = "L"
    XL = "XL"


class CompartmentState(str, Enum):
    EMPTY = "empty"
    RESERVED = "reserved"
    OCCUPIED = "occupied"
    JAMMED = "jammed"
    DISABLED = "disabled"
