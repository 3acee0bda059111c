from datetime import date, datetime, time
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Route(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    number: str = Field(index=True, max_length=6)
    name: str
    operator: str = "Vale Community Transport"
    low_floor: bool = True
    active: bool = True

    versions: list["TimetableVersion"] = Relationship(back_populates="route")


class Stop(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    atco_code: str = Field(unique=True, max_length=12)
    name: str
    locality: str
    latitude: float
    longitude: float
    has_shelter: bool = False


class TimetableVersion(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    route_id: int = Field(foreign_key="route.id")
    registration_number: str = Field(max_length=20)
    valid_from: date
    valid_to: Optional[date] = None
    status: str = Field(default="draft", max_length=12)
    created_by: str = Field(max_length=40)
    approved_by: Optional[str] = None
    approved_at: Optional[datetime] = None

    route: Optional[Route] = Relationship(back_populates="versions")


class Trip(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="timetableversion.id")
    departs: time
    days_mask: str = Field(default="1111100", max_length=7)
    school_days_only: bool = False
    vehicle_type: str = "16-seat minibus"
    driver_id: Optional[int] = Field(default=None, foreign_key="driver.id")


class StopTime(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    trip_id: int = Field(foreign_key="trip.id", index=True)
    stop_id: int = Field(foreign_key="stop.id")
    sequence: int
    arrive: Optional[time] = None
    depart: Optional[time] = None
    timing_point: bool = False
    request_stop: bool = False


class ChangeNotice(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="timetableversion.id")
    headline: str = Field(max_length=120)
    body: str
    publish_on: date
    channels: str = "web,stops,newsletter"
    author_email: str


class Feedback(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    route_id: int = Field(foreign_key="route.id")
    response: str
    email: Optional[str] = None
    travels_weekly: bool = False
    needs_wheelchair_space: bool = False
    submitted_at: datetime = Field(default_factory=datetime.utcnow)
