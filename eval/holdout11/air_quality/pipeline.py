from dataclasses import dataclass
from datetime import datetime
from enum import Enum, IntEnum
from typing import NamedTuple, Optional, TypedDict


class Pollutant(Enum):
    NO2 = "no2"
    PM25 = "pm2_5"
    PM10 = "pm10"
    O3 = "o3"
    SO2 = "so2"


class Band(IntEnum):
    LOW = 1
    MODERATE = 2
    HIGH = 3
    VERY_HIGH = 4


class Reading(NamedTuple):
    station_code: str
    pollutant: Pollutant
    at: datetime
    value: float
    unit: str = "ug/m3"


@dataclass
class HourlyAggregate:
    station_code: str
    pollutant: Pollutant
    hour: datetime
    mean: float
    max: float
    count: int
    capture_rate: float


class AlertPayload(TypedDict):
    station: str
    band: int
    pollutant: str
    message: str
    issued_at: str


@dataclass
class AlertSubscription:
    email: str
    postcode: str
    asthma: bool = False
    min_band: Band = Band.MODERATE
    sms_number: Optional[str] = None
