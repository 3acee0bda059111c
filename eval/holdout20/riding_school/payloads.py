from typing import TypedDict


class BookingRequest(TypedDict):
    lesson_id: int
    rider_first_name: str
    rider_last_name: str
    rider_age: int
    rider_weight_kg: float
    experience: str
    phone: str
    email: str


class BookingConfirmation(TypedDict, total=False):
    booking_ref: str
    lesson_start: str
    horse_name: str
    instructor_name: str
    amount_due: str


HackRoute = TypedDict(
    "HackRoute",
    {
        "route_id": int,
        "name": str,
        "distance_km": float,
        "waypoints": list[tuple[float, float]],
        "min_ability": str,
    },
)

LiveryInvoiceLine = TypedDict(
    "LiveryInvoiceLine",
    {
        "owner_name": str,
        "owner_address": str,
        "horse_name": str,
        "description": str,
        "amount": str,
        "balance_brought_forward": str,
    },
)
