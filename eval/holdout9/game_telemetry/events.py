from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Platform(str, Enum):
    IOS = "ios"
    ANDROID = "android"


class EventType(str, Enum):
    SESSION_START = "session_start"
    LEVEL_START = "level_start"
    LEVEL_COMPLETE = "level_complete"
    PURCHASE = "purchase"
    AD_IMPRESSION = "ad_impression"


@dataclass(slots=True)
class DeviceContext:
    install_id: str
    platform: Platform
    os_version: str
    device_model: str
    idfa: str | None = None
    locale: str = "en_GB"
    timezone: str = "UTC"
    ip: str | None = None
    app_version: str = ""


@dataclass(slots=True)
class TelemetryEvent:
    event_id: str
    event_type: EventType
    player_id: str
    session_id: str
    client_ts: int
    device: DeviceContext
    level: int | None = None
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class PurchaseEvent:
    player_id: str
    sku: str
    price_micros: int
    currency: str
    store_receipt: str
    is_sandbox: bool = False


@dataclass(frozen=True)
class Skin:
    sku: str
    name: str
    gender: str  # which avatar body the skin fits
    rarity: str
    price_gems: int
