from datetime import date, datetime
from enum import Enum
from typing import Optional

from sqlmodel import Field, SQLModel


class ScooterStatus(str, Enum):
    AVAILABLE = "available"
    IN_RIDE = "in_ride"
    CHARGING = "charging"
    MAINTENANCE = "maintenance"
    LOST = "lost"


class Rider(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True)
    phone_number: str
    full_name: str
    date_of_birth: date
    licence_number: Optional[str] = None
    licence_verified: bool = False
    wallet_balance_pence: int = 0
    stripe_customer_id: Optional[str] = Field(default=None, index=True)
    banned: bool = False
    last_ride_at: Optional[datetime] = None
    push_token: Optional[str] = None
    created_at: datetime = Field(default_factory=datetime.utcnow)


class Zone(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    city: str
    polygon_geojson: str
    max_speed_kmh: int = 15
    no_parking: bool = False


class Scooter(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    serial: str = Field(unique=True)
    battery_pct: int = 100
    status: ScooterStatus = ScooterStatus.AVAILABLE
    lat: float
    lng: float
    firmware: str = "1.0.0"
    zone_id: Optional[int] = Field(default=None, foreign_key="zone.id")


class Ride(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    rider_id: int = Field(foreign_key="rider.id")
    scooter_id: int = Field(foreign_key="scooter.id")
    started_at: datetime
    ended_at: Optional[datetime] = None
    start_lat: float
    start_lng: float
    end_lat: Optional[float] = None
    end_lng: Optional[float] = None
    distance_m: int = 0
    fare_pence: int = 0
    parking_photo_url: Optional[str] = None
