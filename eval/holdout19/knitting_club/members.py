"""Club records kept by the secretary; saved as JSON in the shared drive."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass
class Member:
    member_no: int
    name: str
    email: str
    phone: str | None = None
    address: str | None = None
    joined: date = field(default_factory=date.today)
    subs_paid_until: date | None = None
    skill_level: str = "beginner"
    needs_large_print: bool = False
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None
    photo_ok: bool = False


@dataclass
class Meeting:
    date: date
    venue: str
    theme: str = ""
    host_member_no: int | None = None
    attendees: list[int] = field(default_factory=list)
    raffle_takings: Decimal = Decimal("0.00")


@dataclass
class SubsPayment:
    member_no: int
    amount: Decimal
    method: str = "cash"
    paid_on: date = field(default_factory=date.today)
    receipt_sent: bool = False


@dataclass
class CharityDrop:
    charity: str
    delivered_on: date
    baby_hats: int = 0
    blankets: int = 0
    twiddlemuffs: int = 0
    received_by: str = ""


@dataclass(frozen=True)
class YarnSwapListing:
    listing_id: str
    member_no: int
    brand: str
    weight: str
    colour: str
    metres: int
    fibre: str = "wool"
    collection_area: str = ""
