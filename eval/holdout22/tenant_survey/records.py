from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum
from typing import NamedTuple, Optional


class Satisfaction(IntEnum):
    VERY_DISSATISFIED = 1
    FAIRLY_DISSATISFIED = 2
    NEITHER = 3
    FAIRLY_SATISFIED = 4
    VERY_SATISFIED = 5


class SampleRow(NamedTuple):
    """One row of the sample frame exported from the housing management system."""

    tenancy_ref: str
    lead_tenant_name: str
    address_line_1: str
    postcode: str
    phone: Optional[str]
    email: Optional[str]
    property_type: str
    estate: str
    tenancy_start: date
    age_band: str
    vulnerable_flag: bool


@dataclass
class SurveyResponse:
    response_id: str
    tenancy_ref: str
    channel: str  # phone, online, paper
    completed_at: datetime
    interviewer_id: Optional[str] = None
    overall: Optional[Satisfaction] = None
    repairs_last_12_months: Optional[Satisfaction] = None
    home_well_maintained: Optional[Satisfaction] = None
    safe_home: Optional[Satisfaction] = None
    listens_and_acts: Optional[Satisfaction] = None
    complaint_made: bool = False
    complaint_handling: Optional[Satisfaction] = None
    anything_else: str = ""
    consent_to_share_with_landlord: bool = False
    wants_callback: bool = False


@dataclass
class Interviewer:
    interviewer_id: str
    name: str
    agency: str = "FieldVoice Research"
    languages: list[str] = field(default_factory=list)
    hourly_rate: float = 14.5


@dataclass
class EstateResult:
    estate: str
    responses: int
    overall_satisfied_pct: float
    repairs_satisfied_pct: float
    margin_of_error: float
