"""City bike share: riders, docks, bikes and trips (SQLModel)."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel


class Rider(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(index=True)
    full_name: str
    phone_number: str
    password_hash: str
    date_of_birth: Optional[datetime] = None
    home_postcode: Optional[str] = None
    stripe_customer_id: Optional[str] = None
    membership_plan: str = "payg"
    suspended: bool = False
    last_ride_at: Optional[datetime] = None
    push_token: Optional[str] = None
    weekly_digest: bool = False


class Dock(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    lat: float
    lng: float
    capacity: int
    street_address: str


class Bike(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    serial_number: str
    is_electric: bool = False
    battery_level: Optional[int] = None
    last_lat: Optional[float] = None
    last_lng: Optional[float] = None
    dock_id: Optional[int] = Field(default=None, foreign_key="dock.id")


class Trip(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    rider_id: int = Field(foreign_key="rider.id")
    bike_id: int = Field(foreign_key="bike.id")
    start_dock_id: int = Field(foreign_key="dock.id")
    end_dock_id: Optional[int] = Field(default=None, foreign_key="dock.id")
    started_at: datetime
    ended_at: Optional[datetime] = None
    route_polyline: Optional[str] = None
    distance_m: int = 0
    duration_seconds: int = 0
    fare_pence: int = 0


class RiderPosition(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    trip_id: int = Field(foreign_key="trip.id")
    phone_lat: float
    phone_lng: float
    recorded_at: datetime


class Tariff(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    unlock_fee_pence: int
    per_minute_pence: int
    min_age: int = 16


class RepairTicket(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    bike_id: int = Field(foreign_key="bike.id")
    reported_by_rider_id: Optional[int] = Field(default=None, foreign_key="rider.id")
    fault: str
    mechanic_id: Optional[int] = None
    closed_at: Optional[datetime] = None
