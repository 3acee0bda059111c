from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Module(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=10)
    title: str
    credits: int = 20
    level: int = Field(ge=3, le=7)
    convenor_email: str


class Student(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: str = Field(index=True, unique=True, max_length=9)
    family_name: str
    given_names: str
    programme: str
    year_of_study: int = 1
    fee_status: str = "home"
    disability_support_plan: bool = False
    student_visa: bool = False
    enrolment_status: str = "enrolled"

    results: list["ModuleResult"] = Relationship(back_populates="student")


class ModuleResult(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    student_pk: int = Field(foreign_key="student.id", index=True)
    module_code: str = Field(foreign_key="module.code")
    attempt: int = 1
    coursework_mark: Optional[Decimal] = Field(default=None, max_digits=5, decimal_places=2)
    exam_mark: Optional[Decimal] = Field(default=None, max_digits=5, decimal_places=2)
    overall_mark: Optional[Decimal] = Field(default=None, max_digits=5, decimal_places=2)
    moderated: bool = False
    academic_misconduct: bool = False

    student: Optional[Student] = Relationship(back_populates="results")


class MitigatingCircumstance(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    student_pk: int = Field(foreign_key="student.id")
    submitted_at: datetime = Field(default_factory=datetime.utcnow)
    statement: str
    outcome: Optional[str] = None
    panel_notes: Optional[str] = None


class BoardMeeting(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    programme: str
    held_on: date
    chair: str
    external_examiner: str
    room: str = "Senate Room"
    minutes_url: Optional[str] = None


class Classification(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    student_pk: int = Field(foreign_key="student.id", unique=True)
    meeting_id: int = Field(foreign_key="boardmeeting.id")
    weighted_average: Decimal = Field(max_digits=5, decimal_places=2)
    award: str
    classification: str
    borderline_uplift: bool = False
    released_at: Optional[datetime] = None
