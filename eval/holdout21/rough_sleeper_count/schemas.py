from datetime import date, datetime
from typing import Literal, Optional
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Sighting(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sighting_id: UUID
    counted_at: datetime
    lat: float = Field(..., ge=-90, le=90)
    lon: float = Field(..., ge=-180, le=180)
    location_description: str = Field("", max_length=300)
    apparent_gender: Optional[Literal["male", "female", "unknown"]] = None
    age_band: Optional[str] = None
    known_name: Optional[str] = Field(None, description="Only if given voluntarily")
    dog_present: bool = False
    appears_unwell: bool = False
    volunteer_team: str


class CountVolunteer(BaseModel):
    name: str
    email: EmailStr
    team: str
    dbs_checked: bool = False
    shift_area: str = ""


class OutreachContact(BaseModel):
    person_ref: str = Field(..., description="Outreach case reference")
    contact_date: date
    accepted_accommodation: bool = False
    benefits_claimed: list[str] = Field(default_factory=list)
    substance_use: Optional[str] = None
    mental_health_concern: bool = False
    local_connection: Optional[str] = None
    worker_notes: str = ""


class CountSummary(BaseModel):
    ward: str
    total_people: int
    total_with_dogs: int = 0
    new_to_streets: int = 0
    submitted_by: str


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RSC_")

    database_url: str
    map_tiles_key: SecretStr
    outreach_inbox: str = "outreach@council.example"
    count_night: date
    sentry_dsn: Optional[str] = None
