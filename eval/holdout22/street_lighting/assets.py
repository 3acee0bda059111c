from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import NamedTuple, Optional

import attr
from attrs import define, field


class LanternType(Enum):
    LED = "led"
    SON = "son"
    SOX = "sox"
    HERITAGE = "heritage"


class GridRef(NamedTuple):
    easting: int
    northing: int


@define
class Column:
    unit_number: str
    street_name: str
    ward: str
    location: GridRef
    latitude: float
    longitude: float
    height_m: float
    material: str = "steel"
    installed: Optional[dt.date] = None
    structural_test_due: Optional[dt.date] = None
    lantern: LanternType = LanternType.LED
    wattage: int = field(default=36)
    dimming_profile: str = "P4"


@define
class CmsNode:
    node_id: str
    unit_number: str
    mac_address: str
    firmware: str
    sim_iccid: Optional[str] = None
    last_heartbeat: Optional[dt.datetime] = None
    burning_hours: int = 0
    energy_kwh: float = 0.0


@attr.s(auto_attribs=True)
class Feeder:
    feeder_id: str
    substation: str
    mpan: str
    circuit_breaker_rating_a: int
    columns_connected: int = 0


@define
class FaultReport:
    reference: str
    unit_number: str
    fault_type: str  # day burner, out, flickering, knocked down
    reported_at: dt.datetime
    reporter_name: Optional[str] = None
    reporter_email: Optional[str] = None
    reporter_phone: Optional[str] = None
    description: str = ""
    attended_at: Optional[dt.datetime] = None
    engineer: Optional[str] = None
    age_days: int = 0
