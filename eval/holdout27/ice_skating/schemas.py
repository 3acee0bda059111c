from datetime import date, datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field, SecretStr


class GuardianSignup(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    full_name: str = Field(min_length=2, max_length=120)
    email: EmailStr
    mobile: str = Field(pattern=r"^\+?[0-9 ]{10,15}$")
    password: SecretStr = Field(min_length=10)
    postcode: str = Field(max_length=10)
    marketing_opt_in: bool = False


class SkaterIn(BaseModel):
    first_name: str = Field(max_length=60)
    last_name: str = Field(max_length=60)
    date_of_birth: date
    badge_stage: str = "Stage 1"
    medical_notes: Optional[str] = Field(default=None, max_length=2000)


class SkaterOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    first_name: str
    age: int
    badge_stage: str


class RinkSession(BaseModel):
    rink: str
    starts_at: datetime
    ends_at: datetime
    spaces_left: int = Field(ge=0)
    music_theme: Optional[str] = None


class CoachReport(BaseModel):
    skater_id: int
    coach_name: str
    elements_passed: list[str] = Field(default_factory=list)
    comments: str = Field(default="", max_length=2000)
    next_stage_ready: bool = False
