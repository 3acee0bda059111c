from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class RentalSession:
    rental_id: str
    renter_id: str
    renter_email: str
    licence_number: str
    vehicle_id: str
    pickup_branch: str
    unlock_code: str
    started_at: dt.datetime
    ended_at: dt.datetime | None = None
    mileage_allowance_km: int = 250


@dataclass
class DriverScore:
    renter_id: str
    rental_id: str
    score: float
    computed_at: dt.datetime
    model_version: str = "2024.1"
    contributing_events: list[str] = field(default_factory=list)
