import datetime as dt
import enum
from decimal import Decimal
from typing import Optional

from sqlalchemy import Enum as SAEnum
from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class BoardType(enum.Enum):
    ALL_ROUND = "all_round"
    TOURING = "touring"
    INFLATABLE_TANDEM = "inflatable_tandem"
    YOGA = "yoga"


class SwimAbility(enum.Enum):
    NON_SWIMMER = "non_swimmer"
    WEAK = "weak"
    CONFIDENT = "confident"


class HireStatus(enum.Enum):
    BOOKED = "booked"
    ON_WATER = "on_water"
    RETURNED = "returned"
    OVERDUE = "overdue"


class Board(Base):
    __tablename__ = "boards"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_tag: Mapped[str] = mapped_column(String(12), unique=True)
    type: Mapped[BoardType] = mapped_column(SAEnum(BoardType))
    length_ft: Mapped[Decimal] = mapped_column(Numeric(3, 1))
    max_rider_weight_kg: Mapped[int]
    purchased_on: Mapped[dt.date]
    damaged: Mapped[bool] = mapped_column(default=False)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), index=True)
    mobile: Mapped[str] = mapped_column(String(20))
    date_of_birth: Mapped[Optional[dt.date]]
    weight_kg: Mapped[Optional[int]]
    swim_ability: Mapped[SwimAbility] = mapped_column(SAEnum(SwimAbility))
    emergency_contact: Mapped[str] = mapped_column(String(120))
    emergency_phone: Mapped[str] = mapped_column(String(20))
    stripe_customer_id: Mapped[Optional[str]] = mapped_column(String(40))
    waiver_signed_at: Mapped[Optional[dt.datetime]]
    waiver_signature_png: Mapped[Optional[bytes]]
    marketing_opt_in: Mapped[bool] = mapped_column(default=False)

    hires: Mapped[list["Hire"]] = relationship(back_populates="customer")


class Hire(Base):
    __tablename__ = "hires"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"))
    status: Mapped[HireStatus] = mapped_column(SAEnum(HireStatus), default=HireStatus.BOOKED)
    launch_at: Mapped[dt.datetime]
    due_back_at: Mapped[dt.datetime]
    returned_at: Mapped[Optional[dt.datetime]]
    planned_route: Mapped[Optional[str]] = mapped_column(Text)
    tracker_id: Mapped[Optional[str]] = mapped_column(String(20))
    last_ping_lat: Mapped[Optional[float]]
    last_ping_lon: Mapped[Optional[float]]
    price: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    deposit_card_last4: Mapped[Optional[str]] = mapped_column(String(4))

    customer: Mapped[Customer] = relationship(back_populates="hires")


class WaterConditions(Base):
    __tablename__ = "water_conditions"

    id: Mapped[int] = mapped_column(primary_key=True)
    recorded_at: Mapped[dt.datetime]
    wind_knots: Mapped[int]
    wind_direction: Mapped[str] = mapped_column(String(3))
    tide: Mapped[str] = mapped_column(String(10))
    red_flag: Mapped[bool] = mapped_column(default=False)
    recorded_by: Mapped[str] = mapped_column(String(60))
