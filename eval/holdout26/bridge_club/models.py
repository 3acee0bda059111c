"""Duplicate bridge club: members, sessions, results and table money."""
import datetime

from sqlalchemy import (
    Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Member(Base):
    __tablename__ = "members"

    id = Column(Integer, primary_key=True)
    ebu_number = Column(String(10), unique=True)
    first_name = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    email = Column(String(254))
    phone = Column(String(20))
    address = Column(Text)
    postcode = Column(String(10))
    ngs_grade = Column(String(3))
    table_money_balance = Column(Numeric(7, 2), default=0)
    stationary_seat = Column(Boolean, default=False)
    membership_status = Column(String(12), default="full")
    joined = Column(Date, default=datetime.date.today)

    payments = relationship("Payment", back_populates="member")


class Session(Base):
    __tablename__ = "sessions"

    id = Column(Integer, primary_key=True)
    played_on = Column(Date, nullable=False)
    movement = Column(String(20), default="Mitchell")
    tables = Column(Integer)
    boards = Column(Integer, default=24)
    table_money = Column(Numeric(5, 2), default=3.50)
    director_id = Column(Integer, ForeignKey("members.id"))

    director = relationship("Member")


class PairResult(Base):
    __tablename__ = "pair_results"

    id = Column(Integer, primary_key=True)
    session_id = Column(Integer, ForeignKey("sessions.id"), nullable=False)
    pair_number = Column(Integer)
    north_south = Column(Boolean)
    player1_id = Column(Integer, ForeignKey("members.id"))
    player2_id = Column(Integer, ForeignKey("members.id"))
    score_pct = Column(Numeric(5, 2))
    rank = Column(Integer)


class Payment(Base):
    __tablename__ = "payments"

    id = Column(Integer, primary_key=True)
    member_id = Column(Integer, ForeignKey("members.id"), nullable=False)
    amount = Column(Numeric(7, 2), nullable=False)
    method = Column(String(10))
    card_last4 = Column(String(4))
    reference = Column(String(40))
    paid_at = Column(DateTime, default=datetime.datetime.utcnow)

    member = relationship("Member", back_populates="payments")
