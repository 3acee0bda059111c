from datetime import datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, SQLModel


class Depot(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    address_line1: str
    town: str
    postcode: str = Field(max_length=10)
    phone: str
    latitude: float
    longitude: float
    bays: int = 2


class Customer(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    full_name: str
    email: str = Field(index=True)
    mobile: str
    address_line1: Optional[str] = None
    postcode: Optional[str] = Field(default=None, max_length=10)
    business_account: bool = False
    created_at: datetime = Field(default_factory=datetime.utcnow)


class Vehicle(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    registration: str = Field(index=True, max_length=8)
    make: str
    model: str
    tyre_size: str
    mileage: Optional[int] = None
    customer_id: int = Field(foreign_key="customer.id")


class Booking(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    depot_id: Optional[int] = Field(default=None, foreign_key="depot.id")
    vehicle_id: int = Field(foreign_key="vehicle.id")
    customer_id: int = Field(foreign_key="customer.id")
    slot_start: datetime
    mobile_fitting: bool = False
    fitting_address: Optional[str] = None
    fitting_lat: Optional[float] = None
    fitting_lng: Optional[float] = None
    tyre_sku: str
    quantity: int = 1
    total_price: Decimal = Field(max_digits=8, decimal_places=2)
    status: str = "booked"
    notes: Optional[str] = None
    fitter_id: Optional[int] = Field(default=None, foreign_key="fitter.id")
