from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, SQLModel


class Customer(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    phone: str = Field(index=True)
    email: Optional[str] = None
    marketing_opt_in: bool = False
    created_at: datetime = Field(default_factory=datetime.utcnow)


class Sweep(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    guild_membership_number: Optional[str] = None
    mobile: str
    home_postcode: str
    commission_rate: Decimal = Field(default=Decimal("0.40"), max_digits=3, decimal_places=2)


class Property(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    address_line1: str
    town: str
    postcode: str
    access_notes: Optional[str] = None
    tenant_name: Optional[str] = None
    tenant_phone: Optional[str] = None
    listed_building: bool = False
    thatched: bool = False


class Appliance(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    property_id: int = Field(foreign_key="property.id")
    kind: str  # wood burner, multi-fuel, open fire, range cooker
    fuel: str = "wood"
    flue_liner: bool = True
    installed_year: Optional[int] = None
    hetas_registered: bool = False


class SweepVisit(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    appliance_id: int = Field(foreign_key="appliance.id")
    sweep_id: int = Field(foreign_key="sweep.id")
    visited_on: date
    smoke_test_passed: Optional[bool] = None
    soot_volume: Optional[str] = None  # light, moderate, heavy
    co_alarm_present: bool = False
    certificate_number: Optional[str] = None
    flue_camera_video: Optional[str] = None
    price: Decimal = Field(default=Decimal("65.00"), max_digits=6, decimal_places=2)
