from __future__ import annotations

from datetime import datetime
from typing import Optional

import attrs
from attrs import define, field


@define
class CameraCredentials:
    username: str
    password: str = field(repr=False)
    snmp_community: str = field(default="public", repr=False)


@define
class Camera:
    camera_id: str
    site_name: str
    latitude: float
    longitude: float
    heading_deg: int = field(validator=attrs.validators.in_(range(0, 360)))
    lane_count: int = 1
    ip_address: Optional[str] = None
    firmware: Optional[str] = None
    credentials: Optional[CameraCredentials] = None
    last_heartbeat: Optional[datetime] = None
    enabled: bool = True


@define(frozen=True)
class Operator:
    username: str
    display_name: str
    badge_number: str
    role: str = "analyst"
    mfa_secret: Optional[str] = field(default=None, repr=False)
    last_login: Optional[datetime] = None
