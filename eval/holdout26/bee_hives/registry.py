"""Beekeeping association hive register: apiaries, colonies, inspections and treatments."""
from __future__ import annotations

import datetime as dt
from enum import Enum

import attr
from attrs import define, field


class HiveType(Enum):
    NATIONAL = "national"
    WBC = "wbc"
    LANGSTROTH = "langstroth"
    TOP_BAR = "top_bar"
    WARRE = "warre"


@define
class Beekeeper:
    keeper_id: int
    name: str
    email: str
    phone: str | None = None
    postcode: str | None = None
    bbka_number: str | None = None


@define
class Apiary:
    apiary_id: int
    site_name: str
    grid_ref: str
    keeper_id: int
    registered_on: dt.date
    in_foulbrood_zone: bool = False


@define
class Hive:
    hive_id: str
    apiary_id: int
    hive_type: HiveType = HiveType.NATIONAL
    queen_year: int | None = None
    queen_marked: bool = False
    brood_frames: int = 0
    supers: int = 0
    temper: int = field(default=2)
    active: bool = True


@attr.s(auto_attribs=True, frozen=True)
class HarvestLot:
    lot_code: str
    apiary_id: int
    extracted_on: dt.date
    weight_kg: float
    moisture_pct: float
    honey_type: str = "spring blossom"
