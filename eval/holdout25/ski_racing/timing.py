from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class TimingDevice:
    serial: str
    model: str
    firmware: str
    ip_address: str
    position: str = "finish"


class Impulse(NamedTuple):
    device_serial: str
    channel: int
    timestamp_us: int
    bib: int | None = None


@dataclass
class TimingConfig:
    race_id: int
    start_interval_s: int = 40
    ntp_server: str = "pool.ntp.org"
    upload_url: str = "https://results.example.org/api/upload"
    upload_token: str = ""
    timekeeper_name: str = ""
    timekeeper_licence: str = ""
