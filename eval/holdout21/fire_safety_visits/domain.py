from dataclasses import dataclass, field
from datetime import date
from enum import Enum, IntEnum
from typing import Optional


class RiskLevel(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    VERY_HIGH = 4


class ReferralSource(Enum):
    SELF = "self"
    SOCIAL_CARE = "social_care"
    GP = "gp"
    POLICE = "police"
    HOUSING = "housing"


@dataclass
class Occupier:
    name: str
    address_line_1: str
    address_line_2: str
    town: str
    postcode: str
    phone: str = ""
    date_of_birth: Optional[date] = None
    language: str = "en"
    lives_alone: bool = False
    smoker: bool = False
    mobility_impaired: bool = False
    hearing_impaired: bool = False
    uses_home_oxygen: bool = False
    hoarding_concern: bool = False


@dataclass
class PartnerReferral:
    referrer_name: str
    referrer_org: str
    referrer_email: str
    consent_given: bool
    reason: str = ""


@dataclass
class HomeVisit:
    visit_id: str
    occupier: Occupier
    referral_source: ReferralSource
    visited_on: date
    crew: str
    officer_id: str
    risk: RiskLevel = RiskLevel.LOW
    alarms_fitted: int = 0
    alarms_tested_ok: bool = True
    escape_plan_discussed: bool = False
    key_safe_code: Optional[str] = None
    notes: str = ""
    referral: Optional[PartnerReferral] = field(default=None)


@dataclass(frozen=True)
class Station:
    code: str
    name: str
    address: str
    phone: str
    watch_count: int = 4
