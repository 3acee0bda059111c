from datetime import date
from typing import Optional

from sqlmodel import Field, SQLModel


class PermitApplication(SQLModel):
    full_name: str
    work_email: str
    employee_number: str
    vehicle_registration: str = Field(max_length=8)
    home_postcode: str
    shift_pattern: str
    car_share_partner_email: Optional[str] = None
    start_date: date


class PaymentIn(SQLModel):
    visit_id: int
    card_number: str = Field(min_length=12, max_length=19)
    expiry: str
    cvv: str = Field(min_length=3, max_length=4)
    receipt_email: Optional[str] = None


class TariffOut(SQLModel):
    car_park_code: str
    first_hour_pence: int
    daily_cap_pence: int
    free_for_blue_badge: bool = True


class OccupancyOut(SQLModel):
    car_park_code: str
    occupied: int
    free: int
    updated_at: str
