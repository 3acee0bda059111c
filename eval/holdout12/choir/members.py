import enum
from datetime import date
from typing import Optional

import attr
import attrs
from attrs import define, field


class VoicePart(enum.Enum):
    SOPRANO = "S"
    ALTO = "A"
    TENOR = "T"
    BASS = "B"


class Standing(enum.Enum):
    PROBATION = "probation"
    FULL = "full"
    LAPSED = "lapsed"
    HONORARY = "honorary"


@define
class Member:
    member_no: int
    first_name: str
    surname: str
    email: str
    phone: Optional[str] = None
    address_line1: str = ""
    town: str = ""
    postcode: str = ""
    voice_part: VoicePart = VoicePart.SOPRANO
    standing: Standing = Standing.PROBATION
    subs_paid_until: Optional[date] = None
    concession: bool = False
    gift_aid: bool = False
    access_needs: Optional[str] = None
    date_joined: Optional[date] = None
    mailing_list: bool = field(default=True)


@attr.s(auto_attribs=False)
class Audition:
    member_no = attr.ib()
    held_on = attr.ib()
    panel = attr.ib(factory=list)
    sight_reading_mark = attr.ib(default=None)
    range_low = attr.ib(default=None)
    range_high = attr.ib(default=None)
    comments = attr.ib(default="")
    passed = attr.ib(default=False)


@attrs.define
class Attendance:
    member_no: int
    rehearsal_date: date
    present: bool = attrs.field(default=False)
    apologies: Optional[str] = attrs.field(default=None)


@attrs.frozen
class Venue:
    name: str
    address: str
    capacity: int
    step_free: bool = False
    contact_email: Optional[str] = None
