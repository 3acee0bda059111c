from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Guide(Base):
    __tablename__ = "guides"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    mobile: Mapped[str] = mapped_column(String(20))
    qualification: Mapped[str] = mapped_column(String(40))
    base_area: Mapped[str] = mapped_column(String(60))
    liability_policy_number: Mapped[str] = mapped_column(String(30))
    day_rate: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    bio: Mapped[Optional[str]] = mapped_column(Text)
    avatar_url: Mapped[Optional[str]] = mapped_column(String(500))
    is_listed: Mapped[bool] = mapped_column(default=True)
    joined_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    trips: Mapped[list["Trip"]] = relationship(back_populates="guide")
    payouts: Mapped[list["Payout"]] = relationship(back_populates="guide")


class Trip(Base):
    __tablename__ = "trips"

    id: Mapped[int] = mapped_column(primary_key=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id"))
    crag_name: Mapped[str] = mapped_column(String(120))
    grid_reference: Mapped[str] = mapped_column(String(12))
    meet_lat: Mapped[float]
    meet_lng: Mapped[float]
    starts_at: Mapped[datetime]
    max_clients: Mapped[int] = mapped_column(default=4)
    price_per_person: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    difficulty: Mapped[str] = mapped_column(String(10))

    guide: Mapped[Guide] = relationship(back_populates="trips")
    bookings: Mapped[list["Booking"]] = relationship(back_populates="trip")


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[Optional[str]] = mapped_column(String(20))
    date_of_birth: Mapped[date]
    weight_kg: Mapped[Optional[int]]
    shoe_size: Mapped[Optional[str]] = mapped_column(String(5))
    medical_notes: Mapped[Optional[str]] = mapped_column(Text)
    emergency_contact_name: Mapped[str] = mapped_column(String(120))
    emergency_contact_phone: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class Booking(Base):
    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    status: Mapped[str] = mapped_column(String(12), default="pending")
    amount_paid: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    payment_intent_id: Mapped[Optional[str]] = mapped_column(String(64))
    waiver_signed_at: Mapped[Optional[datetime]]
    waiver_signature: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    cancellation_reason: Mapped[Optional[str]] = mapped_column(Text)

    trip: Mapped[Trip] = relationship(back_populates="bookings")
    client: Mapped[Client] = relationship()


class Payout(Base):
    __tablename__ = "payouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    sort_code: Mapped[str] = mapped_column(String(8))
    account_number: Mapped[str] = mapped_column(String(8))
    paid_at: Mapped[Optional[datetime]]

    guide: Mapped[Guide] = relationship(back_populates="payouts")
