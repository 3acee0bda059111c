from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Optional

import attr
from attrs import define


class Grade(Enum):
    ONE_STAR = "1*"
    TWO_STAR = "2*"
    THREE_STAR = "3*"
    FOUR_STAR = "4*"


class MemberStatus(Enum):
    ACTIVE = "active"
    LAPSED = "lapsed"
    SUSPENDED = "suspended"


@define
class Paddler:
    member_id: int
    name: str
    email: str
    mobile: str
    date_of_birth: date
    british_canoeing_no: str = ""
    grade: Grade = Grade.ONE_STAR
    medical_conditions: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    status: MemberStatus = MemberStatus.ACTIVE
    boat_locker: Optional[int] = None


@define
class CoachQualification:
    holder: Paddler
    award: str
    awarded_on: date
    expires_on: Optional[date] = None


@define
class Boat:
    hull_id: str
    make: str
    model: str
    colour: str = "red"
    owner: Optional[Paddler] = None
    club_boat: bool = True
    last_inspected: Optional[date] = None


@attr.s
class Trip:
    river = attr.ib()
    put_in_grid_ref = attr.ib()
    take_out_grid_ref = attr.ib()
    date = attr.ib()
    leader = attr.ib()
    paddlers = attr.ib(factory=list)
    water_level_m = attr.ib(default=None)
    incident_notes = attr.ib(default="")
