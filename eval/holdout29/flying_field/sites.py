from dataclasses import dataclass
from enum import Enum


class Surface(Enum):
    GRASS = "grass"
    TARMAC = "tarmac"
    MATTING = "matting"


class CraftClass(str, Enum):
    FIXED_WING = "fixed_wing"
    HELICOPTER = "helicopter"
    MULTIROTOR = "multirotor"
    GLIDER = "glider"
    TURBINE = "turbine"


@dataclass(frozen=True)
class FlyingSite:
    name: str
    site_code: str
    latitude: float
    longitude: float
    postcode: str
    surface: Surface
    runway_heading_deg: int
    max_altitude_ft: int = 400
    landowner_phone: str = ""
    gate_code: str = ""


@dataclass(frozen=True)
class NoFlyZone:
    label: str
    centre_lat: float
    centre_lon: float
    radius_m: int
    reason: str = "livestock"


@dataclass(frozen=True)
class WindLimits:
    craft_class: CraftClass
    max_mean_kts: float
    max_gust_kts: float
