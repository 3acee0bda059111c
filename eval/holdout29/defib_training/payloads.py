from typing import NotRequired, TypedDict


class BookingPayload(TypedDict):
    session_id: str
    full_name: str
    email: str
    phone: NotRequired[str]
    postcode: NotRequired[str]
    access_needs: NotRequired[str]


class CabinetStatus(TypedDict, total=False):
    cabinet_id: str
    available: bool
    pads_expire: str
    battery_ok: bool
    last_checked_by: str
    last_checked_at: str
