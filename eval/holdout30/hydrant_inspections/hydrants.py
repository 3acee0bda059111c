from enum import Enum, IntEnum

import attr


class HydrantType(Enum):
    PILLAR = "pillar"
    UNDERGROUND = "underground"
    WASHOUT = "washout"


class Defect(Enum):
    NO_WATER = "no_water"
    LOW_PRESSURE = "low_pressure"
    SEIZED_VALVE = "seized_valve"
    MISSING_COVER = "missing_cover"
    SIGN_MISSING = "sign_missing"
    OBSTRUCTED = "obstructed"


class Outcome(IntEnum):
    PASS = 0
    ADVISORY = 1
    FAIL = 2


@attr.s(auto_attribs=True, frozen=True)
class Hydrant:
    hydrant_id: str
    kind: HydrantType
    street: str
    easting: int
    northing: int
    main_diameter_mm: int = 100
    water_company: str = "Severn Trent"
    plate_fixed_to: str = ""
