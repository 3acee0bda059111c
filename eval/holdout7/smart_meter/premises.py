from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum
from typing import Optional


class MeterKind(IntEnum):
    ELECTRICITY = 1
    GAS = 2


@dataclass
class Premises:
    mpan: str
    account_holder: str
    supply_address: list[str]
    postcode: str
    tariff_code: str
    prepayment: bool = False
    occupants: Optional[int] = None
    psr_needs: list[str] = field(default_factory=list)  # priority services register codes
    has_solar: bool = False
    has_ev: bool = False
    moved_in_on: Optional[date] = None


@dataclass
class Meter:
    serial: str
    kind: MeterKind
    manufacturer: str
    model: str
    firmware: str
    smets_version: int
    installed_at: datetime
    install_postcode: str
    comms_hub_id: str
    last_heartbeat: Optional[datetime] = None


@dataclass
class InHomeDisplay:
    guid: str
    meter_serial: str
    paired_at: datetime
    battery_pct: Optional[int] = None


@dataclass
class UsageInsight:
    mpan: str
    month: str
    total_kwh: float
    baseload_kw: float
    likely_away_days: list[date] = field(default_factory=list)
    peak_hour: int = 18
    compared_to_similar_homes_pct: float = 0.0
