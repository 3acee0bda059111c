from enum import Enum
from typing import NamedTuple


class Age(Enum):
    PULLUS = "1"
    FULL_GROWN = "2"
    JUVENILE = "3J"
    FIRST_YEAR = "3"
    AFTER_FIRST_YEAR = "4"
    SECOND_YEAR = "5"


class Sex(Enum):
    MALE = "M"
    FEMALE = "F"
    UNKNOWN = "U"


class CaptureMethod(Enum):
    MIST_NET = "M"
    NEST = "N"
    TRAP = "T"
    HAND = "H"


class Species(NamedTuple):
    code: str
    english_name: str
    scientific_name: str
    ring_size: str


class NetRide(NamedTuple):
    site_code: str
    ride: str
    length_m: int
    shelves: int
    mesh_mm: int
