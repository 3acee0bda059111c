"""Car rental: branches, vehicles, renters, rentals and telematics (SQLModel)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic_settings import BaseSettings
from sqlmodel import Field, SQLModel


class Branch(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    phone: str
    postcode: str
    latitude: float
    longitude: float


class Vehicle(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    registration: str
    make: str
    model: str
    mileage: int
    fuel_level: float
    vin: str


class Renter(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    first_name: str
    last_name: str
    email: str
    phone: str
    date_of_birth: date
    licence_number: str
    licence_expiry: date
    home_address: str
    postcode: str
    credit_score: int | None = None
    is_blocked: bool = False


class Rental(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    renter_id: int = Field(foreign_key="renter.id")
    vehicle_id: int = Field(foreign_key="vehicle.id")
    branch_id: int = Field(foreign_key="branch.id")
    pickup_at: datetime
    return_at: datetime
    daily_rate: Decimal
    deposit: Decimal
    excess: Decimal
    fuel_policy: str
    damage_notes: str | None = None
    additional_driver_name: str | None = None


class TelematicsPing(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    rental_id: int = Field(foreign_key="rental.id")
    lat: float
    lng: float
    recorded_at: datetime


class RentalSettings(BaseSettings):
    dvla_api_key: str
    default_excess: Decimal = Decimal("1000")
    admin_fee: Decimal = Decimal("35")
