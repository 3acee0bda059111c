"""Hair restoration clinic: online enquiries, medical history, procedure plans, aftercare."""
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class NorwoodStage(IntEnum):
    I = 1
    II = 2
    III = 3
    IV = 4
    V = 5
    VI = 6
    VII = 7


class Enquiry(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    full_name: str = Field(..., max_length=120)
    email: EmailStr
    phone: str = Field(..., pattern=r"^\+?[0-9 ]{7,20}$")
    age: int = Field(..., ge=18, le=90)
    sex: Literal["male", "female", "other"]
    country: str = Field("GB", min_length=2, max_length=2)
    years_losing_hair: int | None = Field(None, ge=0)
    norwood_stage: NorwoodStage | None = None
    photos: list[HttpUrl] = Field(default_factory=list, max_length=6)
    offers_opt_in: bool = False


class MedicalHistory(BaseModel):
    patient_id: UUID
    conditions: list[str] = Field(default_factory=list)
    current_medications: list[str] = Field(default_factory=list)
    takes_finasteride: bool = False
    allergies: list[str] = Field(default_factory=list)
    smoker: bool = False
    blood_pressure: str | None = Field(None, pattern=r"^\d{2,3}/\d{2,3}$")
    keloid_scarring: bool = False
    gp_practice: str | None = None


class ProcedurePlan(BaseModel):
    patient_id: UUID
    surgeon_id: int
    technique: Literal["FUE", "FUT", "DHI"]
    grafts_planned: int = Field(..., gt=0, le=6000)
    donor_area: str = "occipital"
    procedure_date: date
    quote_gbp: Decimal = Field(..., decimal_places=2)
    deposit_paid: bool = False


class AftercareCheckIn(BaseModel):
    patient_id: UUID
    day: int = Field(..., ge=1, le=365)
    pain_score: int = Field(..., ge=0, le=10)
    swelling: bool = False
    photo: HttpUrl | None = None
    message: str | None = Field(None, max_length=2000)
