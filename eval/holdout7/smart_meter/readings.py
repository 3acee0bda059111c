from datetime import datetime
from typing import NamedTuple, Optional, TypedDict


class HalfHourReading(NamedTuple):
    mpan: str
    period_start: datetime
    import_kwh: float
    export_kwh: float = 0.0
    estimated: bool = False


class VoltageSample(NamedTuple):
    meter_serial: str
    sampled_at: datetime
    voltage: float
    frequency_hz: float


ReadingPayload = TypedDict(
    "ReadingPayload",
    {
        "deviceId": str,
        "mpan": str,
        "ts": str,
        "importWh": int,
        "exportWh": int,
        "rssi": int,
    },
)


class TariffWindow(TypedDict):
    tariff_code: str
    starts: str
    ends: str
    unit_rate_p: float
    standing_charge_p: float


class BillingRead(TypedDict, total=False):
    mpan: str
    read_date: str
    register_reading: float
    read_type: str
    submitted_by_customer: bool
    photo_of_meter: Optional[str]
