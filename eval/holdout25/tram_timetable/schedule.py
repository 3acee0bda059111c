"""Tram network timetable: stops, routes, trips, stop times, vehicles and duties."""
from __future__ import annotations

from datetime import date, time

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Stop(Base):
    __tablename__ = "stops"

    id: Mapped[int] = mapped_column(primary_key=True)
    naptan_code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    latitude: Mapped[float]
    longitude: Mapped[float]
    platform: Mapped[str | None] = mapped_column(String(4))
    step_free: Mapped[bool] = mapped_column(default=True)
    fare_zone: Mapped[int] = mapped_column(default=1)


class Route(Base):
    __tablename__ = "routes"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_name: Mapped[str] = mapped_column(String(40))
    short_code: Mapped[str] = mapped_column(String(4))
    colour: Mapped[str] = mapped_column(String(7))
    operator: Mapped[str] = mapped_column(String(60))


class Trip(Base):
    __tablename__ = "trips"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("routes.id"))
    service_id: Mapped[str] = mapped_column(String(20))
    headsign: Mapped[str] = mapped_column(String(60))
    direction: Mapped[int] = mapped_column(default=0)
    block_id: Mapped[str | None] = mapped_column(String(12))


class StopTime(Base):
    __tablename__ = "stop_times"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id"), index=True)
    stop_id: Mapped[int] = mapped_column(ForeignKey("stops.id"))
    stop_sequence: Mapped[int]
    arrival: Mapped[time]
    departure: Mapped[time]
    timing_point: Mapped[bool] = mapped_column(default=False)


class Vehicle(Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    fleet_number: Mapped[str] = mapped_column(String(6), unique=True)
    model: Mapped[str] = mapped_column(String(40))
    capacity: Mapped[int]
    depot: Mapped[str] = mapped_column(String(40))
    depot_address: Mapped[str] = mapped_column(String(200))
    entered_service: Mapped[date]
    mileage_km: Mapped[int] = mapped_column(default=0)


class Duty(Base):
    __tablename__ = "duties"

    id: Mapped[int] = mapped_column(primary_key=True)
    duty_code: Mapped[str] = mapped_column(String(10))
    block_id: Mapped[str] = mapped_column(String(12))
    service_date: Mapped[date]
    sign_on: Mapped[time]
    sign_off: Mapped[time]
    driver_staff_number: Mapped[str | None] = mapped_column(String(8))
    driver_name: Mapped[str | None] = mapped_column(String(120))
