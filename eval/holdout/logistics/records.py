"""Value objects passed between the routing, depot and courier services."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import attrs


class ParcelState(enum.Enum):
    CREATED = "created"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    RETURNED = "returned"


@attrs.frozen
class Depot:
    code: str
    name: str
    street: str
    postcode: str
    latitude: float
    longitude: float
    timezone: str = "Europe/London"
    dock_doors: int = 4


@attrs.define
class Consignee:
    recipient_name: str
    company_name: str | None
    address_lines: tuple[str, ...]
    city: str
    postcode: str
    country_code: str
    phone: str | None = None
    email: str | None = None
    delivery_instructions: str | None = None
    safe_place: str | None = None
    what3words: str | None = None


@attrs.define
class Parcel:
    tracking_number: str
    consignee: Consignee
    weight_kg: Decimal
    length_cm: int
    width_cm: int
    height_cm: int
    declared_value: Decimal = Decimal("0")
    state: ParcelState = ParcelState.CREATED
    requires_signature: bool = False
    age_verification_required: bool = False
    hazardous: bool = False


@dataclass(frozen=True)
class TrackingEvent:
    tracking_number: str
    occurred_at: datetime
    depot_code: str | None
    state: ParcelState
    signed_by: str | None = None
    proof_of_delivery_photo: str | None = None
    courier_id: str | None = None


@dataclass
class Courier:
    courier_id: str
    first_name: str
    last_name: str
    licence_number: str
    licence_expiry: date
    phone_model: str
    device_imei: str
    home_depot: str
    last_known_lat: float | None = None
    last_known_lon: float | None = None
    rating: float = 5.0
    shifts: list[str] = field(default_factory=list)


@dataclass
class Vehicle:
    registration: str
    make: str
    model: str
    fuel: str
    payload_kg: int
    mot_due: date
    telematics_unit_id: str | None = None


@dataclass
class RoutePlan:
    route_id: str
    depot_code: str
    service_date: date
    stops: list[str] = field(default_factory=list)
    driver: Courier | None = None
    total_distance_km: float = 0.0
    optimiser_version: str = "2.3"
    MAX_STOPS: int = 120
