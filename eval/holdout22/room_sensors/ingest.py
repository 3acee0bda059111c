from dataclasses import dataclass, field
from typing import Optional


@dataclass
class LoraWanUplink:
    dev_eui: str
    f_port: int
    f_cnt: int
    payload_b64: str
    received_at: str
    gateway_ids: list[str] = field(default_factory=list)
    spreading_factor: Optional[int] = None


@dataclass
class IngestConfig:
    network_server_url: str
    application_id: str
    api_key: str
    kafka_topic: str = "facilities.sensors.raw"
    batch_size: int = 500
    drop_readings_older_than_s: int = 3600
    contact_email: str = "facilities-data@corp.example"


@dataclass
class DeviceRecord:
    dev_eui: str
    serial: str
    kind: str
    room_id: Optional[str]
    installed_by: str
    install_date: str
    battery_replaced: Optional[str] = None
