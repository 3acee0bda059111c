"""Angling club day/season permits, waters, bailiffs and catch returns."""
from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Bailiff(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    mobile: str
    warrant_card_number: str = Field(index=True)
    on_duty: bool = False


class Water(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    river: str
    beat: Optional[str] = None
    grid_ref: str
    car_park_postcode: Optional[str] = None
    daily_limit: int = 2
    catch_and_release_only: bool = False
    bailiff_id: Optional[int] = Field(default=None, foreign_key="bailiff.id")


class Angler(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    email: str = Field(unique=True)
    phone: Optional[str] = None
    date_of_birth: Optional[date] = None
    address_line1: str
    postcode: str
    rod_licence_number: str
    disabled_concession: bool = False
    created_at: datetime = Field(default_factory=datetime.utcnow)
    permits: list["Permit"] = Relationship(back_populates="angler")


class Permit(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    angler_id: int = Field(foreign_key="angler.id")
    angler: Optional[Angler] = Relationship(back_populates="permits")
    water_id: int = Field(foreign_key="water.id")
    permit_type: str = "day"
    valid_from: date
    valid_to: date
    price_paid: Decimal = Field(default=0, max_digits=6, decimal_places=2)
    payment_ref: Optional[str] = None
    qr_payload: str


class CatchReturn(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    permit_id: int = Field(foreign_key="permit.id")
    angler_id: int = Field(foreign_key="angler.id")
    fished_on: date
    species: str
    weight_lb: Optional[float] = None
    length_cm: Optional[float] = None
    released: bool = True
    latitude: Optional[float] = None
    longitude: Optional[float] = None
