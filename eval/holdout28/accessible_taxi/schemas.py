from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Optional
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class MobilityAid(str, Enum):
    NONE = "none"
    WALKING_FRAME = "walking_frame"
    MANUAL_WHEELCHAIR = "manual_wheelchair"
    POWERED_WHEELCHAIR = "powered_wheelchair"
    MOBILITY_SCOOTER = "scooter"


class BookingStatus(str, Enum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    DRIVER_ASSIGNED = "driver_assigned"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Passenger(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    passenger_id: UUID
    name: str = Field(..., max_length=120)
    phone: str
    email: Optional[EmailStr] = None
    home_address: str
    mobility_aid: MobilityAid = MobilityAid.NONE
    needs_ramp: bool = False
    assistance_dog: bool = False
    travels_with_carer: bool = False
    account_type: str = Field("private", pattern="^(private|council|nhs)$")
    taxicard_number: Optional[str] = Field(None, pattern=r"^\d{8}$")


class Place(BaseModel):
    address: str
    lat: float = Field(..., ge=-90, le=90)
    lng: float = Field(..., ge=-180, le=180)
    notes: Optional[str] = Field(None, max_length=300)


class BookingRequest(BaseModel):
    passenger_id: UUID
    pickup: Place
    dropoff: Place
    pickup_at: datetime
    return_trip: bool = False
    passengers: int = Field(1, ge=1, le=4)
    notes_for_driver: Optional[str] = Field(None, max_length=500)


class Booking(BookingRequest):
    booking_id: int
    status: BookingStatus = BookingStatus.REQUESTED
    driver_id: Optional[int] = None
    vehicle_reg: Optional[str] = None
    fare_estimate: Decimal
    created_at: datetime
