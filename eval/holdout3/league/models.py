"""Junior football league registrations (SQLModel)."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, Relationship, SQLModel


class Club(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    short_name: str
    ground_name: str
    ground_postcode: str
    kit_colours: str = "red/white"
    secretary_id: int | None = Field(default=None, foreign_key="official.id")
    affiliation_number: str
    teams: list[Team] = Relationship(back_populates="club")


class Team(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    club_id: int = Field(foreign_key="club.id")
    club: Club = Relationship(back_populates="teams")
    age_group: str
    division: str
    tier: int = 1
    coach_id: int | None = Field(default=None, foreign_key="official.id")
    mixed: bool = False


class Official(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    full_name: str
    role: str
    email: str
    mobile: str


class Player(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    first_name: str
    last_name: str
    dob: date
    gender: str
    school_year: int
    photo_path: str | None = None
    photo_consent: bool = False
    medical_info: str | None = None
    guardian_name: str
    guardian_email: str
    guardian_phone: str
    registration_fee_paid: bool = False
    shirt_number: int | None = None
    suspended_until: date | None = None
    registered_at: datetime = Field(default_factory=datetime.utcnow)


class Fixture(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    home_team_id: int = Field(foreign_key="team.id")
    away_team_id: int = Field(foreign_key="team.id")
    kickoff: datetime
    pitch: str
    referee_id: int | None = Field(default=None, foreign_key="official.id")
    home_goals: int | None = None
    away_goals: int | None = None
    postponed: bool = False


class PlayerRead(SQLModel):
    id: int
    first_name: str
    last_name: str
    age_group: str
    shirt_number: int | None = None
