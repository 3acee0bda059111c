"""Records of the planted shop. Each planted defect carries a `# planted: PRVxxx` comment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Customer:
    id: int
    full_name: str
    email: str
    passport_number: str  # planted: PRV101 (identity.passport is in no category)
    closed_at: dt.datetime | None = None


@dataclass
class LoyaltyMember:
    points: int
    date_of_birth: dt.date  # planted: PRV102 (category loyalty is used by no purpose)


@dataclass
class Visit:
    ip_address: str  # planted: PRV103 (purpose tracking has no legal basis)
    path: str


@dataclass
class Subscriber:
    newsletter_preferences: str  # planted: PRV104 (category newsletter has no retention)


@dataclass
class Patient:
    medical_condition: str  # planted: PRV105 (purpose wellness has no Art. 9 condition)
