from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import attr
from attrs import define, field


class Role(Enum):
    STEWARD = "steward"
    SUPERVISOR = "supervisor"
    SAFETY_OFFICER = "safety_officer"
    MEDIC = "medic"
    RESPONSE_TEAM = "response_team"


@define
class Steward:
    steward_id: str
    first_name: str
    last_name: str
    mobile: str
    email: str
    date_of_birth: date
    sia_licence_number: str | None = None
    sia_licence_expiry: date | None = None
    nvq_level: int | None = None
    role: Role = Role.STEWARD
    day_rate: Decimal = Decimal("96.00")
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    photo_path: str | None = None


@define
class Venue:
    name: str
    capacity: int
    address: str
    control_room_phone: str
    gates: list[str] = field(factory=list)


@define
class Deployment:
    event_id: str
    steward_id: str
    position_code: str
    briefing_attended: bool = False
    signed_in_at: datetime | None = None
    signed_out_at: datetime | None = None
    radio_serial: str | None = None
