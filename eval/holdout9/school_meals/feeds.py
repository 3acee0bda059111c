"""Shapes of the records exchanged with the school MIS, the tills and the payment provider."""

from typing import TypedDict


class MisPupilRecord(TypedDict):
    upn: str
    legal_surname: str
    legal_forename: str
    preferred_forename: str
    dob: str
    gender: str
    year: str
    reg_group: str
    fsm_eligible: bool
    sen_status: str


class MisContactRecord(TypedDict, total=False):
    upn: str
    contact_name: str
    relationship: str
    email: str
    telephone: str
    parental_responsibility: bool
    priority: int


TillSale = TypedDict(
    "TillSale",
    {
        "till": str,
        "pupil_upn": str,
        "meal_code": str,
        "amount_pence": int,
        "served_at": str,
    },
)

TopUpNotification = TypedDict(
    "TopUpNotification",
    {
        "paymentReference": str,
        "accountId": str,
        "payerEmail": str,
        "amount": int,
        "cardLast4": str,
        "status": str,
    },
    total=False,
)
