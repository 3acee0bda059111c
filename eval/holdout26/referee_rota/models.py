"""Youth league referee appointments: referees, fixtures and who is sent where."""
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class RefereeLevel(str, Enum):
    TRAINEE = "trainee"
    LEVEL_7 = "7"
    LEVEL_6 = "6"
    LEVEL_5 = "5"


class RefereeBase(SQLModel):
    first_name: str = Field(max_length=60)
    last_name: str = Field(max_length=60)
    email: str = Field(index=True, unique=True)
    mobile: str
    date_of_birth: date
    fan_number: str = Field(description="FA Number", max_length=10)
    level: RefereeLevel = RefereeLevel.TRAINEE
    home_postcode: str = Field(max_length=10)
    max_travel_miles: int = 15


class Referee(RefereeBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    guardian_email: Optional[str] = None
    is_active: bool = True

    assignments: list["Assignment"] = Relationship(back_populates="referee")


class RefereeCreate(RefereeBase):
    guardian_email: Optional[str] = None


class RefereeRead(RefereeBase):
    id: int


class Club(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    ground_name: str
    ground_postcode: str
    welfare_officer_name: str
    welfare_officer_phone: str


class Fixture(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    home_club_id: int = Field(foreign_key="club.id")
    away_club_id: int = Field(foreign_key="club.id")
    age_group: str = Field(max_length=4)
    competition: str
    kickoff: datetime
    pitch: Optional[str] = None


class Assignment(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    fixture_id: int = Field(foreign_key="fixture.id")
    referee_id: int = Field(foreign_key="referee.id")
    role: str = "referee"
    accepted: Optional[bool] = None
    match_fee: Decimal = Field(default=Decimal("25.00"), max_digits=5, decimal_places=2)

    referee: Optional[Referee] = Relationship(back_populates="assignments")
    fixture: Optional[Fixture] = Relationship()


class Availability(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    referee_id: int = Field(foreign_key="referee.id")
    day: date
    available: bool = True
    note: Optional[str] = None
