from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Route(Base):
    __tablename__ = "routes"

    id: Mapped[int] = mapped_column(primary_key=True)
    origin_port: Mapped[str] = mapped_column(String(40))
    destination_port: Mapped[str] = mapped_column(String(40))
    duration_minutes: Mapped[int]


class Sailing(Base):
    __tablename__ = "sailings"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("routes.id"))
    vessel_name: Mapped[str] = mapped_column(String(60))
    departs_at: Mapped[datetime]
    arrives_at: Mapped[datetime]
    car_deck_capacity: Mapped[int]
    cancelled: Mapped[bool] = mapped_column(default=False)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(String(10))
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2), default="GB")
    islander_resident: Mapped[bool] = mapped_column(default=False)
    marketing_opt_in: Mapped[bool] = mapped_column(default=False)
    last_login_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    bookings: Mapped[list["Booking"]] = relationship(back_populates="customer")


class Booking(Base):
    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(8), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    sailing_id: Mapped[int] = mapped_column(ForeignKey("sailings.id"))
    total_price: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    vehicle_registration: Mapped[str | None] = mapped_column(String(10))
    vehicle_type: Mapped[str | None] = mapped_column(String(20))
    cabin_number: Mapped[str | None] = mapped_column(String(6))
    status: Mapped[str] = mapped_column(String(12), default="confirmed")

    customer: Mapped["Customer"] = relationship(back_populates="bookings")
    passengers: Mapped[list["Passenger"]] = relationship()


class Passenger(Base):
    __tablename__ = "passengers"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"))
    full_name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date]
    nationality: Mapped[str] = mapped_column(String(2))
    passport_number: Mapped[str | None] = mapped_column(String(20))
    passport_expiry: Mapped[date | None]
    reduced_mobility: Mapped[bool] = mapped_column(default=False)
    travelling_with_pet: Mapped[bool] = mapped_column(default=False)
