from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

import attr
import attrs
from attrs import define, field, frozen


class AssessmentKind(Enum):
    DIAGNOSTIC = "diagnostic"
    SCREENER = "screener"
    EXAM_ACCESS = "exam_access"


class Outcome(Enum):
    DYSLEXIA = "dyslexia"
    DYSCALCULIA = "dyscalculia"
    NO_SPLD = "no_spld"
    REFER_ON = "refer_on"


@define
class Assessor:
    assessor_id: str
    name: str
    practising_certificate: str
    email: str
    phone: str
    base_town: str
    day_rate: Decimal = Decimal("450")


@define
class Client:
    client_id: str
    full_name: str
    date_of_birth: date
    school_or_college: str
    year_of_study: str
    first_language: str = "English"
    guardian_name: str | None = None
    guardian_email: str | None = None
    funding_body: str | None = None
    hearing_checked: bool = False
    vision_checked: bool = False
    background_history: str = ""


@define
class Assessment:
    client: Client
    assessor: Assessor
    kind: AssessmentKind
    assessed_on: date
    venue: str = "clinic"
    fee: Decimal = Decimal("0")
