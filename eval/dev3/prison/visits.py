"""Prison visit booking (dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Prisoner:
    prison_number: str
    name: str
    date_of_birth: date


@dataclass
class Visitor:
    first_name: str
    last_name: str
    date_of_birth: date
    address_line1: str
    postcode: str
    phone: str
    email: str | None = None
    relationship_to_prisoner: str = ""
    id_document_type: str = "passport"
    id_document_number: str = ""
    banned_until: date | None = None


@dataclass
class VisitBooking:
    prisoner_number: str
    lead_visitor: Visitor
    other_visitors: list[Visitor] = field(default_factory=list)
    slot_start: datetime | None = None
    visit_room: str = "main hall"
    accessibility_needs: str = ""
    confirmation_ref: str = ""
    cancelled: bool = False


@dataclass(frozen=True)
class VisitsSettings:
    max_visitors: int = 3
    booking_window_days: int = 28
    notify_api_key: str = ""
