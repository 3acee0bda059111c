from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class WitnessIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    first_name: str = Field(min_length=1, max_length=60)
    last_name: str = Field(min_length=1, max_length=60)
    date_of_birth: date | None = None
    phone: str | None = Field(default=None, pattern=r"^\+?[0-9 ]{10,15}$")
    email: EmailStr | None = None
    postcode: str | None = Field(default=None, max_length=8)
    interpreter_language: str | None = Field(default=None, description="ISO 639-1 code")
    vulnerable: bool = False


class WitnessOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    first_name: str
    last_name: str
    hearing_count: int = 0


class ReferralIn(BaseModel):
    witness_id: int
    hearing_id: int
    referring_officer: str = Field(max_length=120)
    needs_assessment: str | None = Field(default=None, max_length=4000)


class VisitSlot(BaseModel):
    court_id: int
    starts_at: datetime
    volunteer_name: str
    capacity: int = Field(default=4, ge=1, le=10)
