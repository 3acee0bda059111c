from typing import TypedDict


class ClosureFeedItem(TypedDict):
    id: str
    road: str
    start: str
    end: str
    diversion: str
    lat: float
    lon: float


OverrunNotice = TypedDict(
    "OverrunNotice",
    {
        "permitRef": str,
        "days_overrun": int,
        "charge": float,
        "notified_to": str,
    },
)
