from datetime import datetime
from decimal import Decimal
from typing import Optional

from pydantic import EmailStr
from sqlmodel import Field, SQLModel


class BookingCreate(SQLModel):
    depot_id: Optional[int] = None
    slot_start: datetime
    tyre_sku: str
    quantity: int = Field(default=1, ge=1, le=5)
    registration: str = Field(max_length=8)
    name: str
    email: EmailStr
    mobile: str
    fitting_postcode: Optional[str] = None


class BookingRead(SQLModel):
    id: int
    slot_start: datetime
    depot_name: Optional[str]
    customer_name: str
    total_price: Decimal
    status: str


class TyreStock(SQLModel):
    sku: str
    brand: str
    pattern: str
    size: str
    load_index: int
    speed_rating: str
    quantity: int
    price: Decimal
