from decimal import Decimal
from typing import Optional

from sqlmodel import SQLModel


class EmployeeRead(SQLModel):
    id: int
    first_name: str
    last_name: str
    work_email: str
    employer_name: str


class ApplicationCreate(SQLModel):
    employee_id: int
    retailer_id: int
    bike_make: str
    bike_model: str
    total_package_value: Decimal
    accessories: list[str] = []
    declaration_accepted: bool


class SalaryCheck(SQLModel):
    gross_monthly_pay: Decimal
    net_after_sacrifice: Decimal
    below_minimum_wage: bool
    warning: Optional[str] = None
