from datetime import datetime
from typing import NamedTuple, Optional, TypedDict


class BadgeRow(NamedTuple):
    badge_no: int
    display_name: str
    team_name: str
    role: str
    qr_payload: str
    wifi_voucher: str


class CheckinEvent(TypedDict):
    hacker_id: int
    scanned_at: datetime
    scanner: str
    door: str


class VenueInfo(TypedDict, total=False):
    venue_name: str
    address: str
    wifi_ssid: str
    wifi_password: str
    organiser_phone: str


MentorBooking = TypedDict(
    "MentorBooking",
    {
        "mentor_name": str,
        "mentor_email": str,
        "team_id": int,
        "slot": datetime,
        "topic": str,
        "notes": Optional[str],
    },
)

IncidentReport = TypedDict(
    "IncidentReport",
    {
        "reported_by": Optional[str],
        "about_attendee": Optional[int],
        "description": str,
        "reported_at": datetime,
        "anonymous": bool,
    },
)
