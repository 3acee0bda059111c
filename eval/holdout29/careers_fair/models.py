from datetime import datetime
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class StandSize(str, Enum):
    SHELL_3X2 = "shell_3x2"
    SHELL_3X3 = "shell_3x3"
    TABLE = "table"


class Sector(str, Enum):
    ENGINEERING = "engineering"
    FINANCE = "finance"
    PUBLIC_SECTOR = "public_sector"
    HEALTHCARE = "healthcare"
    CREATIVE = "creative"
    TECH = "tech"


class Exhibitor(BaseModel):
    model_config = ConfigDict(extra="forbid")

    organisation_name: str = Field(..., max_length=150)
    sector: Sector
    website: HttpUrl
    contact_email: EmailStr
    contact_phone: str
    invoice_address: str
    vat_number: str | None = None
    stand_size: StandSize = StandSize.TABLE
    needs_power: bool = False


class ExhibitorRep(BaseModel):
    exhibitor_id: int
    full_name: str
    job_title: str
    email: EmailStr
    dietary: str | None = None
    linkedin_url: HttpUrl | None = None


class StandAllocation(BaseModel):
    stand_code: str = Field(..., pattern=r"^[A-H]\d{1,2}$")
    hall: Literal["main", "sports_hall", "atrium"]
    exhibitor_id: int
    x_m: float
    y_m: float


class StudentRegistration(BaseModel):
    student_number: str = Field(..., pattern=r"^\d{8}$")
    name: str
    email: EmailStr
    course: str
    graduation_year: int = Field(..., ge=2024, le=2032)
    interests: list[Sector] = Field(default_factory=list)
    cv_url: HttpUrl | None = None
    right_to_work_uk: bool | None = None
    reasonable_adjustments: str | None = Field(None, max_length=500)
    share_with_employers: bool = False


class BadgeScan(BaseModel):
    exhibitor_id: int
    badge_code: str
    scanned_at: datetime
    rep_note: str | None = Field(None, max_length=500)
    interest_level: Literal["hot", "warm", "cold"] | None = None
