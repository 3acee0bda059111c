from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import attrs
from attrs import define


class WorkType(Enum):
    FELL = "fell"
    CROWN_REDUCTION = "crown_reduction"
    CROWN_LIFT = "crown_lift"
    DEADWOOD = "deadwood"
    HEDGE_TRIM = "hedge_trim"
    STUMP_GRIND = "stump_grind"


@define
class Customer:
    id: int
    name: str
    phone: str
    email: str | None = None
    site_address: str = ""
    postcode: str = ""
    what3words: str | None = None
    received_at: datetime = attrs.field(factory=datetime.utcnow)


@define
class Enquiry:
    customer_id: int
    description: str
    photos: list[str] = attrs.field(factory=list)
    urgent: bool = False


@define
class TreeItem:
    ref: str
    species: str
    height_m: float
    stem_diameter_cm: int
    work: WorkType
    near_structure: bool = False
    tpo_protected: bool = False


@define
class Quote:
    quote_number: str
    customer_id: int
    items: list[TreeItem] = attrs.field(factory=list)
    labour_hours: float = 0.0
    disposal_fee: Decimal = Decimal("0")
    vat_rate: Decimal = Decimal("0.20")
    total: Decimal = Decimal("0")
    valid_until: date | None = None
    surveyor: str = ""
    access_notes: str = ""
    gate_code: str | None = attrs.field(default=None, repr=False)


@define
class Job:
    quote_number: str
    scheduled_for: date
    crew: list[str] = attrs.field(factory=list)
    completed: bool = False
    customer_signature: bytes | None = attrs.field(default=None, repr=False)
    waste_tonnes: float = 0.0
