from datetime import date, datetime
from typing import Optional

import attr
import attrs
from attrs import define, field


@define
class Site:
    site_code: str
    name: str
    address: str
    postcode: str
    latitude: float
    longitude: float
    water_supplier: str
    supplier_account_ref: str
    mains_meter_serial: str
    stopcock_location: str
    key_holder_name: Optional[str] = None
    key_holder_phone: Optional[str] = None
    plots: int = 0


@define
class Trough:
    trough_id: str
    site_code: str
    location_desc: str
    capacity_litres: int
    material: str = "galvanised"
    float_valve_ok: bool = True
    frost_lagged: bool = False
    last_cleaned: Optional[date] = None
    shared_by_plots: list[str] = field(factory=list)


@attr.s(auto_attribs=False, slots=True)
class MeterReading:
    site_code = attr.ib()
    read_on = attr.ib()
    reading_m3 = attr.ib(converter=float)
    read_by = attr.ib()
    estimated = attr.ib(default=False)
    photo_ref = attr.ib(default=None)


@attrs.define
class LeakReport:
    trough_id: str
    reported_at: datetime
    description: str
    reported_by_plot: Optional[str] = None
    reporter_phone: Optional[str] = attrs.field(default=None)
    severity: int = attrs.field(default=1, validator=attrs.validators.in_(range(1, 4)))
    fixed_on: Optional[date] = None


@attrs.frozen
class SeasonUsage:
    site_code: str
    season: int
    litres: float
    cost: float
    litres_per_plot: float
    turned_on: date
    turned_off: Optional[date] = None
