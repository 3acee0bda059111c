from decimal import Decimal
from typing import TypedDict

BookingRequest = TypedDict(
    "BookingRequest",
    {
        "client_id": int,
        "dog_ids": list[int],
        "date": str,
        "slot": str,
        "pickup_address": str,
        "notes": str,
    },
    total=False,
)


class WalkerPayout(TypedDict):
    walker_id: int
    week: str
    gross_pay: Decimal
    sort_code: str
    account_number: str
