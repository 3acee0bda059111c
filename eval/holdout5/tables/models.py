"""Restaurants, tables, diners and reservations (SQLModel)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlmodel import Field, Relationship, SQLModel


class RestaurantBase(SQLModel):
    name: str = Field(index=True)
    cuisine: str | None = None
    street_address: str
    city: str
    postcode: str
    phone: str
    email: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    price_band: int = Field(default=2, ge=1, le=4)
    opens_at: time
    closes_at: time


class Restaurant(RestaurantBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    owner_user_id: int = Field(foreign_key="staffuser.id")
    deposit_required: bool = False
    cancellation_window_hours: int = 24
    tables: list[DiningTable] = Relationship(back_populates="restaurant")


class DiningTable(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    restaurant_id: int = Field(foreign_key="restaurant.id")
    label: str
    seats: int
    area: str = "main"
    accessible: bool = True
    restaurant: Restaurant | None = Relationship(back_populates="tables")


class StaffUser(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True)
    full_name: str
    role: str = "host"
    password_hash: str
    totp_secret: str | None = None
    last_login: datetime | None = None


class Diner(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    first_name: str
    last_name: str
    email: str | None = Field(default=None, index=True)
    mobile: str | None = None
    birthday: date | None = None
    dietary_requirements: str | None = None
    allergies: str | None = None
    visit_count: int = 0
    no_show_count: int = 0
    is_regular: bool = False
    staff_notes: str | None = None
    sms_reminders: bool = True
    offers_by_email: bool = False


class Reservation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True)
    restaurant_id: int = Field(foreign_key="restaurant.id")
    table_id: int | None = Field(default=None, foreign_key="diningtable.id")
    diner_id: int = Field(foreign_key="diner.id")
    party_size: int
    starts_at: datetime
    duration_minutes: int = 90
    occasion: str | None = None
    special_requests: str | None = None
    status: str = "booked"
    deposit_amount: float = 0.0
    source: str = "web"
    created_at: datetime = Field(default_factory=datetime.utcnow)


class ReservationCreate(SQLModel):
    restaurant_id: int
    party_size: int
    starts_at: datetime
    first_name: str
    last_name: str
    email: str
    mobile: str
    special_requests: str | None = None
    offers_by_email: bool = False


class AvailabilitySlot(SQLModel):
    starts_at: datetime
    tables_free: int
    waitlist_only: bool = False
