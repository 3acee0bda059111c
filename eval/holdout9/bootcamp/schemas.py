from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class ApplicationIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    first_name: str = Field(min_length=1, max_length=60)
    last_name: str = Field(min_length=1, max_length=60)
    email: EmailStr
    phone: str | None = Field(default=None, pattern=r"^\+?[0-9 ]{7,20}$")
    date_of_birth: date
    track: Literal["web", "data", "cyber"]
    personal_statement: str = Field(max_length=4000, description="Why do you want to learn to code?")
    current_job_title: str | None = Field(default=None, max_length=120)
    marketing_opt_in: bool = False


class StudentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    first_name: str
    last_name: str
    email: EmailStr
    cohort_code: str
    status: str


class ProgressReport(BaseModel):
    student_id: int
    attendance_rate: float = Field(ge=0, le=1)
    average_score: float | None = None
    at_risk: bool = False


class OutcomeSurvey(BaseModel):
    student_id: int
    in_tech_role: bool
    job_title: str | None = None
    employer: str | None = None
    salary_band: Literal["<25k", "25-35k", "35-45k", "45k+"] | None = None
    comments: str | None = Field(default=None, max_length=2000)
