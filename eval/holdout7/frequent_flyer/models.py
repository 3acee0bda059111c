from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "ff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_number: Mapped[str] = mapped_column(String(10), unique=True)
    title: Mapped[Optional[str]] = mapped_column(String(10))
    given_names: Mapped[str] = mapped_column(String(80))
    family_name: Mapped[str] = mapped_column(String(80))
    date_of_birth: Mapped[date]
    nationality: Mapped[Optional[str]] = mapped_column(String(3))
    passport_number: Mapped[Optional[str]] = mapped_column(String(20))
    known_traveller_number: Mapped[Optional[str]] = mapped_column(String(15))
    email: Mapped[str] = mapped_column(String(254))
    mobile: Mapped[Optional[str]] = mapped_column(String(20))
    home_airport: Mapped[Optional[str]] = mapped_column(String(3))
    tier: Mapped[str] = mapped_column(String(10), default="blue")
    miles_balance: Mapped[int] = mapped_column(default=0)
    tier_points: Mapped[int] = mapped_column(default=0)
    meal_preference: Mapped[Optional[str]] = mapped_column(String(4))  # VGML, KSML, HNML, DBML
    seat_preference: Mapped[Optional[str]] = mapped_column(String(6))
    enrolled_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    companions: Mapped[list["Companion"]] = relationship(back_populates="member")


class Companion(Base):
    __tablename__ = "ff_companions"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("ff_members.id"))
    name: Mapped[str] = mapped_column(String(160))
    relationship_to_member: Mapped[str] = mapped_column(String(20))
    date_of_birth: Mapped[Optional[date]]

    member: Mapped[Member] = relationship(back_populates="companions")


class Flight(Base):
    __tablename__ = "flights"

    id: Mapped[int] = mapped_column(primary_key=True)
    carrier: Mapped[str] = mapped_column(String(2))
    flight_number: Mapped[str] = mapped_column(String(6))
    origin: Mapped[str] = mapped_column(String(3))
    destination: Mapped[str] = mapped_column(String(3))
    departs_at: Mapped[datetime]
    aircraft_type: Mapped[str] = mapped_column(String(4))


class FlightCredit(Base):
    __tablename__ = "flight_credits"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("ff_members.id"), index=True)
    flight_id: Mapped[int] = mapped_column(ForeignKey("flights.id"))
    ticket_number: Mapped[str] = mapped_column(String(14))
    fare_class: Mapped[str] = mapped_column(String(1))
    seat: Mapped[Optional[str]] = mapped_column(String(4))
    miles_earned: Mapped[int]
    fare_paid: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    credited_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class MilesRedemption(Base):
    __tablename__ = "miles_redemptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("ff_members.id"))
    miles: Mapped[int]
    reward: Mapped[str] = mapped_column(String(60))
    partner_code: Mapped[Optional[str]] = mapped_column(String(8))
    redeemed_at: Mapped[datetime]


class LoungeVisit(Base):
    __tablename__ = "lounge_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("ff_members.id"))
    lounge_code: Mapped[str] = mapped_column(String(8))
    entered_at: Mapped[datetime]
    guests: Mapped[int] = mapped_column(default=0)
    agent_comment: Mapped[Optional[str]] = mapped_column(Text)
