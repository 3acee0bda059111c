from typing import TypedDict

from typing_extensions import NotRequired


class AvailabilityUpdate(TypedDict):
    interpreter_id: int
    date: str
    available: bool
    reason: NotRequired[str]


class CourtVenue(TypedDict, total=False):
    code: str
    name: str
    address: str
    postcode: str
    security_desk_phone: str
    parking_available: bool


ComplaintPayload = TypedDict(
    "ComplaintPayload",
    {
        "booking_ref": str,
        "complainant_name": str,
        "complainant_email": str,
        "details": str,
        "received": str,
    },
)
