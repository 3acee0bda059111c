"""Jobs, engineers and visits of the field-service scheduler (attrs value objects)."""

from __future__ import annotations

from datetime import date, datetime

import attrs


@attrs.frozen
class Coordinates:
    lat: float
    lng: float


@attrs.define
class Engineer:
    engineer_id: int
    name: str
    mobile: str
    gas_safe_number: str | None
    skills: list[str] = attrs.field(factory=list)
    van_registration: str | None = None
    home_postcode: str | None = None
    hourly_rate: float = 0.0
    current_position: Coordinates | None = None
    on_call: bool = False
    annual_leave_remaining: int = 25


@attrs.define
class ServiceAddress:
    line1: str
    line2: str | None
    town: str
    postcode: str
    access_notes: str | None = None
    key_safe_code: str | None = None
    location: Coordinates | None = None


@attrs.define
class Householder:
    householder_id: int
    title: str | None
    name: str
    phone: str
    alt_phone: str | None
    email: str | None
    address: ServiceAddress
    vulnerable_customer: bool = False
    vulnerability_details: str | None = None
    prefers_text_updates: bool = True


@attrs.frozen
class Slot:
    day: date
    window: str
    capacity: int


@attrs.define
class Job:
    job_number: str
    householder: Householder
    trade: str
    fault_description: str
    priority: int = 3
    photos: list[str] = attrs.field(factory=list)
    assigned_to: Engineer | None = None
    slot: Slot | None = None
    quoted_price: float | None = None
    parts_cost: float = 0.0
    status: str = "new"


@attrs.define
class VisitReport:
    job_number: str
    arrived_at: datetime
    left_at: datetime | None
    work_carried_out: str
    parts_used: list[str] = attrs.field(factory=list)
    customer_signature_png: bytes | None = None
    follow_up_needed: bool = False
    engineer_gps_trail: list[Coordinates] = attrs.field(factory=list)
