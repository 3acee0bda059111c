from datetime import date, time
from typing import Optional

from sqlmodel import Field, SQLModel


class StopTimeRead(SQLModel):
    stop_name: str
    arrive: Optional[time]
    depart: Optional[time]


class TripRead(SQLModel):
    id: int
    departs: time
    days_mask: str
    stops: list[StopTimeRead] = []


class ChangeNoticeRead(SQLModel):
    headline: str
    body: str
    publish_on: date
    route_number: str


class FeedbackCreate(SQLModel):
    route_id: int
    response: str = Field(min_length=5, max_length=4000)
    email: Optional[str] = None
    postcode: Optional[str] = Field(default=None, max_length=8)
    travels_weekly: bool = False
    needs_wheelchair_space: bool = False
