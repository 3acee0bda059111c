from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Stream(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    places: int
    start_date: date
    office_city: str
    hiring_manager_email: str
    starting_salary: Decimal

    applications: list["Application"] = Relationship(back_populates="stream")


class Applicant(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(unique=True, index=True)
    first_name: str
    last_name: str
    pronouns: Optional[str] = None
    phone: Optional[str] = None
    university: str
    degree_subject: str
    predicted_grade: Optional[str] = None
    graduation_year: int
    first_in_family_at_university: Optional[bool] = None
    right_to_work_uk: bool
    needs_visa_sponsorship: bool = False
    disability_declared: Optional[bool] = None
    reasonable_adjustments: Optional[str] = None
    ethnicity: Optional[str] = None
    linkedin_url: Optional[str] = None
    hashed_password: str
    created_at: datetime = Field(default_factory=datetime.utcnow)

    applications: list["Application"] = Relationship(back_populates="applicant")


class Application(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    applicant_id: int = Field(foreign_key="applicant.id")
    stream_id: int = Field(foreign_key="stream.id")
    cv_object_key: str
    cover_letter: str
    status: str = "submitted"
    online_test_percentile: Optional[int] = None
    assessment_centre_score: Optional[float] = None
    offer_salary: Optional[Decimal] = None
    submitted_at: datetime = Field(default_factory=datetime.utcnow)

    applicant: Applicant = Relationship(back_populates="applications")
    stream: Stream = Relationship(back_populates="applications")
