from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Station(Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    wmo_id: Mapped[str | None] = mapped_column(String(5), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    latitude: Mapped[float]
    longitude: Mapped[float]
    elevation_m: Mapped[float]
    installed_on: Mapped[date]
    host_name: Mapped[str | None] = mapped_column(String(120))
    host_phone: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="operational")

    sensors: Mapped[list["Sensor"]] = relationship(back_populates="station")


class Sensor(Base):
    __tablename__ = "sensors"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    station: Mapped[Station] = relationship(back_populates="sensors")
    kind: Mapped[str] = mapped_column(String(20))
    serial: Mapped[str] = mapped_column(String(30))
    calibrated_on: Mapped[date | None]
    offset: Mapped[float] = mapped_column(default=0.0)


class Observation(Base):
    __tablename__ = "observations"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    observed_at: Mapped[datetime] = mapped_column(index=True)
    temp_c: Mapped[float | None]
    humidity_pct: Mapped[float | None]
    pressure_hpa: Mapped[float | None]
    wind_speed_ms: Mapped[float | None]
    wind_dir_deg: Mapped[int | None]
    rain_mm: Mapped[float | None]
    qc_flag: Mapped[int] = mapped_column(default=0)


class MaintenanceVisit(Base):
    __tablename__ = "maintenance_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    technician_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    visited_on: Mapped[date]
    notes: Mapped[str | None] = mapped_column(Text)
    parts_replaced: Mapped[str | None] = mapped_column(String(200))
