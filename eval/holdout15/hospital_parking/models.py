from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, SQLModel


class CarPark(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(index=True, max_length=8)
    name: str
    spaces: int
    disabled_spaces: int = 0
    latitude: float
    longitude: float
    tariff_band: str = "A"


class Permit(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    holder_name: str
    email: str
    employee_number: Optional[str] = Field(default=None, index=True)
    department: Optional[str] = None
    vehicle_registration: str = Field(index=True, max_length=8)
    concession_reason: Optional[str] = None
    blue_badge_number: Optional[str] = None
    salary_sacrifice: bool = False
    valid_from: date
    valid_until: date
    car_park_id: Optional[int] = Field(default=None, foreign_key="carpark.id")


class Visit(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    car_park_id: int = Field(foreign_key="carpark.id")
    plate: str = Field(index=True, max_length=8)
    entered_at: datetime
    exited_at: Optional[datetime] = None
    entry_camera: str
    permit_id: Optional[int] = Field(default=None, foreign_key="permit.id")
    charge_pence: int = 0
    paid: bool = False


class ChargeNotice(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id")
    keeper_name: str
    keeper_address: str
    amount_pence: int
    issued_at: datetime
    appeal_text: Optional[str] = None
    appeal_status: str = "none"
