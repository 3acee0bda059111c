"""A community seed library: varieties, packets, members and branches (dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class Difficulty(Enum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


@dataclass
class Variety:
    common_name: str
    latin_name: str
    family: str
    sow_months: list[int]
    germination_days: int
    difficulty: Difficulty
    allergens: list[str] = field(default_factory=list)
    donated_by: str | None = None


@dataclass
class Branch:
    name: str
    address: str
    postcode: str
    phone: str
    email: str
    opening_hours: str
    coordinator_name: str
    coordinator_email: str


@dataclass
class Member:
    card_number: str
    first_name: str
    last_name: str
    email: str
    phone: str | None
    postcode: str
    allotment_site: str | None = None
    growing_experience: str | None = None
    newsletter: bool = False
    promo_sms: bool = False


@dataclass
class Packet:
    variety: Variety
    harvest_year: int
    grams: float
    saved_by_member_id: str | None = None


@dataclass
class Loan:
    member_card_number: str
    packet_code: str
    borrowed_on: date
    returned_seeds: bool = False
    grower_feedback: str | None = None


@dataclass
class Volunteer:
    name: str
    phone: str
    availability: str
    dbs_checked: bool = False
    emergency_contact: str | None = None
