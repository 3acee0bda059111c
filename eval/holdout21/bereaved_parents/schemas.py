from datetime import date

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class ParentIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    first_name: str = Field(..., max_length=60)
    last_name: str = Field(..., max_length=60)
    email: EmailStr | None = None
    phone: str | None = Field(None, pattern=r"^[0-9 +()-]{7,20}$")
    postcode: str = Field(..., max_length=10)
    how_did_you_hear: str | None = None
    newsletter_opt_in: bool = False


class ChildIn(BaseModel):
    name: str = Field(..., max_length=80)
    date_of_birth: date | None = None
    date_of_death: date
    circumstances: str | None = Field(None, max_length=2000, description="In your own words")


class GroupOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    meeting_place: str
    meets_on: str
    places_left: int


class CheckIn(BaseModel):
    parent_id: int
    group_id: int
    wellbeing_score: int = Field(..., ge=1, le=10)
    want_callback: bool = False
