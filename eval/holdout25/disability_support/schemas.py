from datetime import date

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class StudentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    student_number: str
    given_name: str
    family_name: str
    university_email: EmailStr
    course_code: str
    year_of_study: int


class AdjustmentsIn(BaseModel):
    extra_exam_time_pct: int = Field(0, ge=0, le=100)
    rest_breaks: bool = False
    separate_room: bool = False
    assistive_software: str | None = Field(None, max_length=200)


class PlanCreate(BaseModel):
    student_number: str = Field(..., pattern=r"^[0-9]{8,12}$")
    primary_impairment: str = Field(..., max_length=80)
    impairment_detail: str | None = None
    adjustments: AdjustmentsIn
    review_due: date


class PlanSummary(BaseModel):
    """What a tutor sees: adjustments only, no diagnosis."""

    student_name: str
    course_code: str
    adjustments: list[str] = Field(default_factory=list)
    contact_adviser: EmailStr
    valid_until: date


class ShareRequest(BaseModel):
    plan_id: int
    module_codes: list[str] = Field(..., min_length=1)
    tutor_emails: list[EmailStr]
    student_consented: bool
