from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum


class Ability(Enum):
    BEGINNER = "beginner"
    NOVICE = "novice"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


@dataclass
class Horse:
    name: str
    passport_number: str
    microchip: str
    breed: str
    height_hands: Decimal
    age: int
    sex: str
    max_rider_weight_kg: int
    owner_name: str | None = None
    farrier_due: date | None = None


@dataclass
class Rider:
    rider_id: str
    first_name: str
    last_name: str
    date_of_birth: date
    weight_kg: Decimal
    height_cm: int
    ability: Ability = Ability.BEGINNER
    medical_conditions: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    guardian_email: str | None = None


@dataclass
class Lesson:
    starts_at: datetime
    duration_min: int
    kind: str
    instructor: str
    arena: str = "indoor school"
    max_riders: int = 6


@dataclass
class Booking:
    lesson: Lesson
    rider: Rider
    horse: Horse | None = None
    price: Decimal = Decimal("0")
    paid: bool = False


@dataclass
class LessonCreditAccount:
    """Prepaid block of lessons bought by (or for) a rider."""

    rider_id: str
    credits_remaining: int
    expires_on: date | None = None
    last_used_on: date | None = None
