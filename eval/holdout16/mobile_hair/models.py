from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Optional


@dataclass(frozen=True)
class ServiceItem:
    code: str
    name: str
    duration_mins: int
    price: Decimal
    requires_patch_test: bool = False


@dataclass
class Stylist:
    id: int
    name: str
    phone: str
    home_base_postcode: str
    commission_rate: Decimal = Decimal("0.40")
    qualifications: list[str] = field(default_factory=list)
    works_weekends: bool = False


@dataclass
class Client:
    id: int
    name: str
    phone: str
    address: str
    access_instructions: str = ""
    birthday: Optional[date] = None
    hair_type: Optional[str] = None
    allergies: list[str] = field(default_factory=list)
    patch_test_on: Optional[date] = None
    patch_test_reaction: Optional[bool] = None
    mobility_notes: str = ""
    preferred_stylist_id: Optional[int] = None
    marketing_sms: bool = False


@dataclass
class Appointment:
    client_id: int
    stylist_id: int
    starts_at: datetime
    services: list[str]
    price: Decimal
    travel_fee: Decimal = Decimal("0")
    deposit_paid: bool = False
    colour_formula: Optional[str] = None
    tip: Decimal = Decimal("0")
