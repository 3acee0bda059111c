"""SQLModel tables of the ride-hailing service."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID, uuid4

from sqlmodel import Field, Relationship, SQLModel


class Rider(SQLModel, table=True):
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    display_name: str = Field(max_length=60)
    email: str = Field(index=True, unique=True)
    phone_e164: str = Field(index=True)
    hashed_password: str
    push_token: str | None = None
    locale: str = "en-GB"
    home_lat: float | None = None
    home_lon: float | None = None
    is_banned: bool = False
    signed_up_at: datetime = Field(default_factory=datetime.utcnow)

    trips: list[Trip] = Relationship(back_populates="rider")


class Driver(SQLModel, table=True):
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    legal_name: str
    phone_e164: str
    driving_licence_no: str = Field(unique=True)
    phv_badge_number: str
    vehicle_id: UUID | None = Field(default=None, foreign_key="vehicle.id")
    last_fix_lat: float | None = None
    last_fix_lng: float | None = None
    acceptance_rate: float = 1.0
    weekly_earnings: float = 0.0


class Vehicle(SQLModel, table=True):
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    make: str
    model: str
    colour: str
    seats: int = 4
    wheelchair_accessible: bool = False
    mot_expires: datetime | None = None


class Trip(SQLModel, table=True):
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    rider_id: UUID = Field(foreign_key="rider.id", index=True)
    driver_id: UUID | None = Field(default=None, foreign_key="driver.id")
    rider: Rider | None = Relationship(back_populates="trips")
    state: str = Field(default="requested", index=True)
    pickup_lat: float
    pickup_lng: float
    dropoff_lat: float
    dropoff_lng: float
    route_polyline: str | None = None
    distance_m: int = 0
    fare_pence: int = 0
    surge_multiplier: float = 1.0
    currency: str = "GBP"
    requested_at: datetime = Field(default_factory=datetime.utcnow)
    completed_at: datetime | None = None


class SurgeZone(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    geohash_prefix: str = Field(index=True)
    centre_lat: float
    centre_lng: float
    multiplier: float = 1.0
    active: bool = True
