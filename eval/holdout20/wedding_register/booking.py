from __future__ import annotations

import datetime as dt
import enum

from attrs import define, field


class FeeItem(enum.Enum):
    MARRIAGE_SERVICE = "marriage_service"
    BANNS_PUBLICATION = "banns_publication"
    BANNS_CERTIFICATE = "banns_certificate"
    ORGANIST = "organist"
    BELLS = "bells"
    CHOIR = "choir"
    HEATING = "heating"


@define
class WeddingBooking:
    reference: str
    date: dt.date
    time: dt.time
    couple_names: str
    contact_phone: str
    contact_email: str
    baptised_in_parish: bool = False
    qualifying_connection: str = ""
    previous_marriage_dissolved: bool = False
    hymns: list[str] = field(factory=list)
    organist_required: bool = True
    bells_required: bool = False
    deposit_paid_pence: int = 0
    notes: str = ""


@define
class PreparationCourse:
    held_on: dt.date
    leader: str
    attendees: list[str] = field(factory=list)
    capacity: int = 8
