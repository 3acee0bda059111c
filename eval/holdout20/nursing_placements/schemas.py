from datetime import date

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class StudentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    student_number: str
    first_name: str
    last_name: str
    university_email: EmailStr
    cohort: str
    field_of_practice: str


class PlacementRequest(BaseModel):
    student_number: str = Field(pattern=r"^\d{8}$")
    preferred_trusts: list[str] = Field(default_factory=list, max_length=3)
    max_travel_minutes: int = Field(60, ge=10, le=120)
    home_postcode: str = Field(max_length=8)
    needs_adjustments: bool = False
    adjustment_details: str | None = Field(None, max_length=2000)


class AssessmentIn(BaseModel):
    placement_id: int
    grade: str = Field(pattern="^(pass|refer|fail)$")
    hours_completed: float = Field(ge=0, le=750)
    comments: str = Field(max_length=4000)
    assessor_pin: str = Field(min_length=8, max_length=8)


class AllocationSummary(BaseModel):
    ward_name: str
    trust_name: str
    starts_on: date
    ends_on: date
    assessor_name: str
    ward_phone: str
