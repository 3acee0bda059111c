"""Electoral registration: properties canvassed each year and the electors living there."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Franchise(enum.Enum):
    FULL = "full"
    LOCAL_ONLY = "local"
    OVERSEAS = "overseas"


class PollingDistrict(Base):
    __tablename__ = "polling_districts"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    ward: Mapped[str] = mapped_column(String(80))
    polling_station: Mapped[str] = mapped_column(String(160))
    station_postcode: Mapped[str] = mapped_column(String(10))
    electorate_size: Mapped[int] = mapped_column(default=0)


class Household(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    uprn: Mapped[str] = mapped_column(String(12), unique=True)
    district_code: Mapped[str] = mapped_column(ForeignKey("polling_districts.code"))
    canvass_route: Mapped[str] = mapped_column(String(10))
    response_received: Mapped[bool] = mapped_column(default=False)
    canvasser_visits: Mapped[int] = mapped_column(default=0)
    electors: Mapped[list[Elector]] = relationship(back_populates="household")


class Elector(Base):
    __tablename__ = "electors"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    household: Mapped[Household] = relationship(back_populates="electors")
    elector_number: Mapped[str] = mapped_column(String(12))
    forenames: Mapped[str] = mapped_column(String(120))
    surname: Mapped[str] = mapped_column(String(80))
    previous_surname: Mapped[str | None] = mapped_column(String(80))
    attainer_dob: Mapped[dt.date | None]
    nationality: Mapped[str] = mapped_column(String(40))
    franchise: Mapped[Franchise] = mapped_column(default=Franchise.FULL)
    nino: Mapped[str | None] = mapped_column(String(13))
    open_register_opt_out: Mapped[bool] = mapped_column(default=True)
    postal_vote: Mapped[bool] = mapped_column(default=False)
    proxy_name: Mapped[str | None] = mapped_column(String(120))
    anonymous_entry: Mapped[bool] = mapped_column(default=False)
    email_for_reminders: Mapped[str | None] = mapped_column(String(254))
    phone_for_reminders: Mapped[str | None] = mapped_column(String(20))
    added_on: Mapped[dt.date]
    deleted_on: Mapped[dt.date | None]


class Application(Base):
    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    portal_reference: Mapped[str] = mapped_column(String(20), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    date_of_birth: Mapped[dt.date]
    national_insurance_number: Mapped[str | None] = mapped_column(String(13))
    no_nino_reason: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text)
    moved_in_on: Mapped[dt.date | None]
    previous_address: Mapped[str | None] = mapped_column(Text)
    overseas_last_uk_address: Mapped[str | None] = mapped_column(Text)
    nationality: Mapped[str] = mapped_column(String(40))
    applicant_ip: Mapped[str | None] = mapped_column(String(45))
    dwp_match_result: Mapped[str | None] = mapped_column(String(10))
    submitted_at: Mapped[dt.datetime]
    determined: Mapped[bool] = mapped_column(default=False)


class AbsentVoteSignature(Base):
    __tablename__ = "absent_vote_signatures"

    id: Mapped[int] = mapped_column(primary_key=True)
    elector_id: Mapped[int] = mapped_column(ForeignKey("electors.id"))
    signature_image: Mapped[bytes]
    scanned_at: Mapped[dt.datetime]
