"""Archery club records kept in the club's small admin tool."""
from __future__ import annotations

import datetime as dt
from enum import Enum

import attr
from attrs import define, field, frozen


class Bowstyle(Enum):
    RECURVE = "recurve"
    COMPOUND = "compound"
    BAREBOW = "barebow"
    LONGBOW = "longbow"


class AgeCategory(Enum):
    UNDER_12 = "U12"
    UNDER_15 = "U15"
    UNDER_18 = "U18"
    SENIOR = "senior"
    FIFTY_PLUS = "50+"


@define
class Archer:
    agb_number: str
    first_name: str
    last_name: str
    date_of_birth: dt.date
    sex: str
    age_category: AgeCategory
    bowstyle: Bowstyle
    email: str
    mobile: str | None = None
    handicap: int | None = None
    classification: str | None = None
    para_classification: str | None = None
    coach_notes: str = ""
    membership_status: str = "active"


@attr.s(auto_attribs=False, slots=True)
class EmergencyContact:
    archer_number = attr.ib(type=str)
    name = attr.ib(type=str)
    relationship = attr.ib(type=str, default="")
    phone = attr.ib(type=str, default="")


@define
class LoanKit:
    serial: str
    kind: str
    draw_weight_lbs: int | None = None
    purchased: dt.date | None = None
    condition: str = "good"
    on_loan_to: str | None = None


@frozen
class RangeBooking:
    range_name: str
    starts: dt.datetime
    ends: dt.datetime
    booked_by: str
    lane_count: int = 1
    field_captain: str | None = None
    gate_code: str = field(default="", repr=False)
