from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parents"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[Optional[str]] = mapped_column(String(255))
    phone: Mapped[Optional[str]] = mapped_column(String(30))
    postcode: Mapped[str] = mapped_column(String(10))
    pronouns: Mapped[Optional[str]] = mapped_column(String(20))
    faith_tradition: Mapped[Optional[str]] = mapped_column(String(40))
    referred_by: Mapped[Optional[str]] = mapped_column(String(40))
    contact_by_post_ok: Mapped[bool] = mapped_column(default=False)
    newsletter_opt_in: Mapped[bool] = mapped_column(default=False)
    partner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("parents.id"))
    partner: Mapped[Optional["Parent"]] = relationship(remote_side=[id])
    children: Mapped[list["ChildRemembered"]] = relationship(back_populates="parent")
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class ChildRemembered(Base):
    __tablename__ = "children_remembered"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parents.id"))
    parent: Mapped[Parent] = relationship(back_populates="children")
    name: Mapped[str] = mapped_column(String(80))
    date_of_birth: Mapped[Optional[date]]
    date_of_death: Mapped[date]
    cause_of_death: Mapped[Optional[str]] = mapped_column(Text)
    gestation_weeks: Mapped[Optional[int]]
    anniversary_reminder: Mapped[bool] = mapped_column(default=True)


class Group(Base):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    meeting_place: Mapped[str] = mapped_column(String(200))
    meets_on: Mapped[str] = mapped_column(String(40))
    facilitator_name: Mapped[str] = mapped_column(String(80))
    capacity: Mapped[int] = mapped_column(default=12)
    online_link: Mapped[Optional[str]] = mapped_column(String(255))


class Attendance(Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"))
    parent_id: Mapped[int] = mapped_column(ForeignKey("parents.id"))
    session_date: Mapped[date]
    attended: Mapped[bool] = mapped_column(default=True)
    wellbeing_score: Mapped[Optional[int]]
    facilitator_note: Mapped[Optional[str]] = mapped_column(Text)
