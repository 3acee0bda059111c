from typing import TypedDict


class WelfareCheck(TypedDict):
    registration_id: str
    checked_by: str
    checked_at: str
    wellbeing_score: int
    concerns: str


class ShelterOffer(TypedDict, total=False):
    provider: str
    rooms: int
    accessible: bool
    contact_phone: str


EnquiryPayload = TypedDict(
    "EnquiryPayload",
    {
        "enquirer_name": str,
        "enquirer_phone": str,
        "missing_person_name": str,
        "last_known_address": str,
        "relationship": str,
        "description": str,
    },
)

RoomAllocation = TypedDict("RoomAllocation", {"room": str, "bed": int, "registration_id": str, "occupants": int})
