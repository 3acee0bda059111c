from datetime import datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class DriverBase(SQLModel):
    email: str = Field(index=True, unique=True, max_length=255)
    full_name: str = Field(max_length=120)
    phone: Optional[str] = Field(default=None, max_length=20)
    vehicle_registration: Optional[str] = Field(default=None, max_length=8)


class Driver(DriverBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    password_hash: str
    rfid_card_uid: Optional[str] = Field(default=None, unique=True, max_length=20)
    stripe_customer_id: Optional[str] = None
    balance_pence: int = 0
    tariff: str = Field(default="payg", max_length=12)
    is_active: bool = True
    created_at: datetime = Field(default_factory=datetime.utcnow)

    sessions: list["ChargingSession"] = Relationship(back_populates="driver")


class Charger(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    ocpp_id: str = Field(unique=True, max_length=40)
    site_name: str
    address: str
    postcode: str = Field(max_length=8)
    latitude: float
    longitude: float
    max_kw: Decimal = Field(max_digits=5, decimal_places=1)
    connector_type: str = Field(default="CCS2")
    operator_name: str = Field(default="ChargeCo")
    host_contact_email: Optional[str] = None
    firmware_version: Optional[str] = None
    last_heartbeat: Optional[datetime] = None


class ChargingSession(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    driver_id: int = Field(foreign_key="driver.id", index=True)
    charger_id: int = Field(foreign_key="charger.id")
    started_at: datetime
    ended_at: Optional[datetime] = None
    energy_kwh: Decimal = Field(default=0, max_digits=7, decimal_places=3)
    cost_pence: int = 0
    start_soc_percent: Optional[int] = None
    stop_reason: Optional[str] = None

    driver: Optional[Driver] = Relationship(back_populates="sessions")


class DriverCreate(DriverBase):
    password: str = Field(min_length=10)


class DriverRead(DriverBase):
    id: int
    balance_pence: int
    tariff: str


class SessionSummary(SQLModel):
    charger_site: str
    started_at: datetime
    duration_minutes: int
    energy_kwh: Decimal
    cost_pence: int
