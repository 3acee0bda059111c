from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class VisaRoute(str, Enum):
    SKILLED_WORKER = "skilled_worker"
    SENIOR_SPECIALIST = "gbm_senior_specialist"
    SCALE_UP = "scale_up"
    GRADUATE_TRAINEE = "gbm_graduate_trainee"


class AuthorisingOfficer(BaseModel):
    full_name: str
    job_title: str
    work_email: EmailStr
    phone: str
    date_of_birth: date
    nationality: str


class SponsorOrganisation(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    licence_number: str = Field(pattern=r"^[A-Z0-9]{10}$")
    legal_name: str
    companies_house_number: str
    registered_address: str
    sector_code: str
    rating: Literal["A", "B"] = "A"
    authorising_officer: AuthorisingOfficer


class SponsoredWorker(BaseModel):
    cos_reference: str = Field(min_length=11, max_length=11)
    given_names: str
    family_name: str
    date_of_birth: date
    nationality: str
    passport_number: str
    brp_number: str | None = None
    soc_code: str = Field(pattern=r"^\d{4}$")
    job_title: str
    annual_salary_gbp: Decimal = Field(ge=0)
    weekly_hours: float = 37.5
    work_address: str
    start_date: date
    route: VisaRoute = VisaRoute.SKILLED_WORKER
    visa_expiry: date | None = None


class ReportingEvent(BaseModel):
    worker_cos: str
    event_type: Literal["absence", "salary_change", "left", "did_not_start", "role_change"]
    event_date: date
    consecutive_days_absent: int = 0
    details: str = Field("", max_length=2000)
    reported_by: EmailStr


class RightToWorkCheck(BaseModel):
    share_code: str = Field(pattern=r"^[A-Z0-9]{9}$")
    date_of_birth: date
    checked_by: str
    checked_on: date
    outcome: Literal["continuous", "time_limited", "failed"]
    copy_of_document: bytes | None = None
