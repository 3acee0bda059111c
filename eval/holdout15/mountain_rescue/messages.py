from typing import Literal, NamedTuple, TypedDict


class PagerMessage(TypedDict):
    message_id: str
    sent_at: str
    text: str
    recipient_numbers: list[str]


class PagerResponse(TypedDict, total=False):
    member_callsign: str
    response: Literal["attending", "standby", "not_available"]
    eta_minutes: int
    responded_at: str


SarlocFix = TypedDict(
    "SarlocFix",
    {
        "ref": str,
        "lat": float,
        "lon": float,
        "accuracy": float,
        "battery": int,
        "user_agent": str,
        "ip": str,
        "received_at": str,
    },
)


class KitItem(NamedTuple):
    asset_tag: str
    description: str
    location: str
    last_checked: str
