from datetime import date, datetime
from typing import Optional, TypedDict

from attrs import define


@define
class Technician:
    staff_no: str
    name: str
    mobile: str
    pts_expiry: Optional[date] = None
    on_call: bool = False


@define
class WorkOrder:
    order_no: str
    crossing_id: str
    raised_at: datetime
    fault_code: str
    description: str
    technician_name: Optional[str] = None
    contractor: Optional[str] = None
    age_days: int = 0
    closed_at: Optional[datetime] = None


@define
class PublicFaultReport:
    crossing_id: str
    caller_name: str
    caller_phone: str
    description: str
    received_at: datetime


class TelemetryPacket(TypedDict):
    crossing_id: str
    seq: int
    sent_at: str
    payload_b64: str
    modem_imei: str
    rssi_dbm: int


ModemConfig = TypedDict(
    "ModemConfig",
    {
        "apn": str,
        "apn_username": str,
        "apn_password": str,
        "mqtt_host": str,
        "client_cert_pem": str,
    },
)
