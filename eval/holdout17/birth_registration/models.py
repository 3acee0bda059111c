from datetime import date, datetime, time
from typing import Optional

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Registrar(Base):
    __tablename__ = "registrars"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    district: Mapped[str] = mapped_column(String(60))
    office: Mapped[str] = mapped_column(String(60))
    is_superintendent: Mapped[bool] = mapped_column(default=False)


class BirthEntry(Base):
    __tablename__ = "birth_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    district: Mapped[str] = mapped_column(String(60))
    entry_number: Mapped[int]
    registered_on: Mapped[date]
    registrar_id: Mapped[int] = mapped_column(ForeignKey("registrars.id"))

    child_forenames: Mapped[str] = mapped_column(String(120))
    child_surname: Mapped[str] = mapped_column(String(60))
    sex: Mapped[str] = mapped_column(String(1))
    date_of_birth: Mapped[date]
    time_of_birth: Mapped[Optional[time]]
    place_of_birth: Mapped[str] = mapped_column(String(200))
    nhs_number: Mapped[Optional[str]] = mapped_column(String(10))

    parents: Mapped[list["Parent"]] = relationship(back_populates="entry")
    informant: Mapped["Informant"] = relationship(back_populates="entry")


class Parent(Base):
    __tablename__ = "parents"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("birth_entries.id"))
    role: Mapped[str] = mapped_column(String(10))
    forenames: Mapped[str] = mapped_column(String(120))
    surname: Mapped[str] = mapped_column(String(60))
    surname_at_marriage: Mapped[Optional[str]] = mapped_column(String(60))
    date_of_birth: Mapped[date]
    place_of_birth: Mapped[str] = mapped_column(String(120))
    occupation: Mapped[Optional[str]] = mapped_column(String(80))
    usual_address: Mapped[str] = mapped_column(String(300))
    married_to_other_parent: Mapped[Optional[bool]]

    entry: Mapped[BirthEntry] = relationship(back_populates="parents")


class Informant(Base):
    __tablename__ = "informants"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("birth_entries.id"), unique=True)
    name: Mapped[str] = mapped_column(String(180))
    qualification: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(300))
    signature: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

    entry: Mapped[BirthEntry] = relationship(back_populates="informant")
