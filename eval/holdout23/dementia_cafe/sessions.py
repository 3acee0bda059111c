from datetime import date

import attr
import attrs


@attr.s(auto_attribs=False)
class Visit:
    guest_id = attr.ib()
    session_date = attr.ib()
    arrived_with = attr.ib(default=None)
    picked_up_by = attr.ib(default=None)
    mood = attr.ib(default=None)
    activities = attr.ib(factory=list)
    fluid_intake_ml = attr.ib(default=None)
    incident_note = attr.ib(default="")


@attrs.define
class CafeSession:
    session_date: date = attrs.field()
    venue: str = attrs.field()
    theme: str = attrs.field(default="")
    volunteers: list[str] = attrs.field(factory=list)
    max_guests: int = attrs.field(default=20)
    room_booking_ref: str | None = attrs.field(default=None)


@attrs.frozen
class VenueContact:
    venue_name: str
    address: str
    phone: str
    key_holder_name: str
    alarm_code: str
