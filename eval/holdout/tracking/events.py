"""Shapes of the analytics events the web and mobile clients send to the collector."""

from __future__ import annotations

from typing import Literal, NamedTuple, TypedDict

from typing_extensions import NotRequired


class DeviceContext(TypedDict):
    device_id: str
    advertising_id: NotRequired[str]
    ad_tracking_limited: bool
    manufacturer: str
    model: str
    os_name: str
    os_version: str
    screen_width: int
    screen_height: int
    app_version: str
    push_token: NotRequired[str]


class NetworkContext(TypedDict, total=False):
    ip: str
    carrier: str
    wifi: bool
    cellular: bool
    bssid: str


class GeoContext(TypedDict, total=False):
    country: str
    region: str
    city: str
    geo_lat: float
    geo_lon: float
    accuracy_m: float


class BaseEvent(TypedDict):
    message_id: str
    event: str
    timestamp: str
    sent_at: str
    anonymous_id: str
    user_id: NotRequired[str]
    session_id: str
    user_agent: str
    locale: str
    schema_version: int


class PageViewed(BaseEvent):
    url: str
    path: str
    referrer: str
    title: str
    search: str
    time_on_page_ms: int


class ProductViewed(BaseEvent):
    product_id: str
    sku: str
    category: str
    price: float
    currency: str
    position: int


class CheckoutCompleted(BaseEvent):
    order_id: str
    revenue: float
    coupon: str
    payment_method: Literal["card", "paypal", "klarna"]
    hashed_email: str


class Identify(TypedDict):
    user_id: str
    email: str
    name: str
    plan: str
    company_size: int
    signed_up_at: str
    birthday: NotRequired[str]


class ExperimentExposure(NamedTuple):
    experiment_key: str
    variant: str
    anonymous_id: str
    exposed_at: float
    bucket: int = 0


class CollectorLimits(NamedTuple):
    max_batch_size: int = 500
    max_event_bytes: int = 32_768
    retention_days: int = 395
    drop_ip: bool = True
    user_agent_parser_version: str = "0.9.4"
