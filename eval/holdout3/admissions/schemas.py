"""Application payloads of the undergraduate admissions portal (Pydantic v1)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, EmailStr, Field, validator


class Programme(BaseModel):
    code: str
    title: str
    faculty: str
    typical_offer: str
    places: int
    clearing_open: bool = False
    fee_home: int
    fee_international: int


class Qualification(BaseModel):
    subject: str
    level: str
    grade: str | None = None
    predicted: bool = False
    awarded_on: date | None = None


class RefereeIn(BaseModel):
    name: str
    position: str
    organisation: str
    email: EmailStr
    relationship: str


class ApplicationIn(BaseModel):
    programme_code: str
    entry_year: int
    title: str | None = None
    first_names: str
    surname: str
    preferred_name: str | None = None
    date_of_birth: date
    gender_identity: str | None = None
    nationality: str
    country_of_domicile: str
    passport_no: str | None = None
    email: EmailStr
    phone: str
    home_address: str
    last_school: str
    qualifications: list[Qualification] = []
    personal_statement: str = Field(..., max_length=4000)
    disability: str | None = None
    ethnic_group: str | None = None
    religion_or_belief: str | None = None
    referee: RefereeIn
    fee_waiver_code: str | None = None
    agreed_to_declaration: bool

    @validator("surname")
    def surname_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("surname is required")
        return v


class DecisionOut(BaseModel):
    application_ref: str
    programme_code: str
    decision: str
    conditions: list[str] = []
    decided_at: datetime
    tuition_fee: int

    class Config:
        orm_mode = True
