from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Club(Base):
    __tablename__ = "clubs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    secretary_name: Mapped[str | None] = mapped_column(String(120))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    venue_postcode: Mapped[str | None] = mapped_column(String(8))
    meeting_night: Mapped[str] = mapped_column(String(9), default="Tuesday")


class Player(Base):
    __tablename__ = "players"

    id: Mapped[int] = mapped_column(primary_key=True)
    fide_id: Mapped[int | None] = mapped_column(unique=True)
    ecf_code: Mapped[str | None] = mapped_column(String(7), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    title: Mapped[str | None] = mapped_column(String(3))
    federation: Mapped[str] = mapped_column(String(3), default="ENG")
    birth_year: Mapped[int | None]
    sex: Mapped[str | None] = mapped_column(String(1))
    club_id: Mapped[int | None] = mapped_column(ForeignKey("clubs.id"))
    email: Mapped[str | None] = mapped_column(String(254))
    rating: Mapped[int | None]
    junior: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    last_game_on: Mapped[date | None]
    deceased: Mapped[bool] = mapped_column(default=False)


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    venue: Mapped[str] = mapped_column(String(120))
    start_date: Mapped[date]
    time_control: Mapped[str] = mapped_column(String(20))
    arbiter_name: Mapped[str | None] = mapped_column(String(120))
    entry_fee_pence: Mapped[int] = mapped_column(default=0)
    rated: Mapped[bool] = mapped_column(default=True)


class Game(Base):
    __tablename__ = "games"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    white_id: Mapped[int] = mapped_column(ForeignKey("players.id"))
    black_id: Mapped[int] = mapped_column(ForeignKey("players.id"))
    result: Mapped[str] = mapped_column(String(7))
    pgn: Mapped[str | None] = mapped_column(Text)
    played_on: Mapped[date]
    round_no: Mapped[int]
    board: Mapped[int]
    arbiter_notes: Mapped[str | None] = mapped_column(Text)
