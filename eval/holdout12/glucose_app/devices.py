from datetime import datetime
from typing import Optional

import attrs
from attrs import define, field


@define
class PairedSensor:
    serial: str
    model: str
    owner_id: str
    started_at: datetime
    expires_at: datetime
    ble_address: Optional[str] = None
    calibration_offset: float = 0.0


@define
class PhoneRegistration:
    user_id: str
    push_token: str
    platform: str = "ios"
    app_version: str = ""
    os_version: str = ""
    last_sync_at: Optional[datetime] = None


@define
class Follower:
    owner_id: str
    name: str
    phone: str
    relationship: str = attrs.field(default="parent")
    can_see_location: bool = field(default=False)
    invite_token: Optional[str] = field(default=None, repr=False)
