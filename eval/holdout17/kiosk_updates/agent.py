from datetime import datetime

import attr
from attrs import define, field


@define
class UpdateManifest:
    version: str
    url: str
    sha256: str
    signature: str
    min_os: str = "12.0"
    reboot_required: bool = True


@define
class CheckIn:
    serial: str
    app_version: str
    uptime_s: int
    disk_free_mb: int
    usage: int = 0
    sent_at: datetime = field(factory=datetime.utcnow)


@attr.s(auto_attribs=True)
class AgentConfig:
    server_url: str = "https://ota.kiosk-fleet.example.com"
    device_key_path: str = "/var/lib/kiosk/device.key"
    service_password: str = attr.ib(default="", repr=False)
    poll_interval_s: int = 900
    max_download_kbps: int = 2048
