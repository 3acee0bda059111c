from decimal import Decimal
from typing import Optional

from sqlmodel import Field, SQLModel


class StudentRead(SQLModel):
    student_id: str
    family_name: str
    given_names: str
    programme: str
    year_of_study: int


class MarkEntry(SQLModel):
    student_id: str
    module_code: str
    coursework_mark: Optional[Decimal] = Field(default=None, ge=0, le=100)
    exam_mark: Optional[Decimal] = Field(default=None, ge=0, le=100)


class TranscriptLine(SQLModel):
    module_code: str
    module_title: str
    credits: int
    mark: Decimal
    attempt: int = 1
