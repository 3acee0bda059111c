from datetime import datetime
from enum import Enum
from typing import NamedTuple, Optional, TypedDict

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class VehicleClass(str, Enum):
    EXECUTIVE = "executive"
    LUXURY = "luxury"
    MPV = "mpv"


class Place(BaseModel):
    label: Optional[str] = None
    address: str
    lat: float
    lng: float


class BookingRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_code: Optional[str] = None
    passenger_name: str = Field(..., max_length=120)
    passenger_phone: str
    passenger_email: Optional[EmailStr] = None
    pickup: Place
    dropoff: Place
    via: list[Place] = Field(default_factory=list)
    pickup_at: datetime
    flight_number: Optional[str] = Field(default=None, pattern=r"^[A-Z0-9]{2}\d{1,4}$")
    vehicle_class: VehicleClass = VehicleClass.EXECUTIVE
    passengers: int = Field(1, ge=1, le=7)
    child_seats: int = 0
    name_board: Optional[str] = None
    notes_for_driver: Optional[str] = Field(default=None, max_length=500)


class Chauffeur(BaseModel):
    id: int
    name: str
    phone: str
    licence_number: str
    private_hire_badge: str
    rating: float = Field(5.0, ge=0, le=5)
    position: Optional[tuple[float, float]] = None


class TripSummary(TypedDict):
    booking_ref: str
    passenger: str
    distance_km: float
    fare: float
    tip: float


DriverShift = TypedDict(
    "DriverShift",
    {
        "driver_id": int,
        "start": str,
        "end": str,
        "hours": float,
        "earnings": float,
    },
)


class GpsPing(NamedTuple):
    vehicle_id: str
    driver_id: int
    lat: float
    lng: float
    speed_kph: float
    recorded_at: datetime
