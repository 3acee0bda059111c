from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Volunteer(Base):
    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    home_postcode: Mapped[str | None] = mapped_column(String(8))
    birth_year: Mapped[int | None]
    experience_level: Mapped[str] = mapped_column(String(12), default="beginner")
    orcid: Mapped[str | None] = mapped_column(String(19))
    timezone: Mapped[str] = mapped_column(String(40), default="Europe/London")
    locale: Mapped[str] = mapped_column(String(10), default="en-GB")
    newsletter_opt_in: Mapped[bool] = mapped_column(default=False)
    public_profile: Mapped[bool] = mapped_column(default=True)
    joined_at: Mapped[datetime] = mapped_column(server_default=func.now())
    last_submission_at: Mapped[datetime | None]

    observations: Mapped[list["Observation"]] = relationship(back_populates="volunteer")


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    latitude: Mapped[float]
    longitude: Mapped[float]
    habitat: Mapped[str] = mapped_column(String(40))
    access_notes: Mapped[str | None] = mapped_column(Text)
    adopted_by_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"))


class Observation(Base):
    __tablename__ = "observations"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    volunteer: Mapped[Volunteer] = relationship(back_populates="observations")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    observed_at: Mapped[datetime]
    lat: Mapped[float]
    lon: Mapped[float]
    gps_accuracy_m: Mapped[float | None]
    species_code: Mapped[str] = mapped_column(String(12))
    count: Mapped[int] = mapped_column(default=1)
    weather: Mapped[str | None] = mapped_column(String(20))
    photo_url: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)
    device_model: Mapped[str | None] = mapped_column(String(60))
    app_install_id: Mapped[str | None] = mapped_column(String(36))
