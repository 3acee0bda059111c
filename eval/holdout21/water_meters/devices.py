from datetime import date, datetime
from typing import Optional

import attr
import attrs
from attrs import define


@define
class Meter:
    serial: str
    model: str
    dma_code: str
    chamber_lat: float
    chamber_lng: float
    pipe_diameter_mm: int
    install_date: date
    radio_dev_eui: str
    battery_mv: Optional[int] = None


@define
class Reading:
    meter_serial: str = attrs.field()
    taken_at: datetime = attrs.field()
    cumulative_m3: float = attrs.field()
    flow_lps: float = attrs.field(default=0.0)
    pressure_bar: float = attrs.field(default=0.0)
    usage: float = attrs.field(default=0.0)


@attr.s(slots=True)
class Gateway:
    gateway_id = attr.ib(type=str)
    site_name = attr.ib(type=str)
    lat = attr.ib(type=float)
    lng = attr.ib(type=float)
    backhaul = attr.ib(type=str, default="4g")
    sim_iccid = attr.ib(type=str, default="")
    last_seen = attr.ib(type=Optional[datetime], default=None)
