from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, SQLModel


class Employer(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    company_number: str = Field(max_length=8, unique=True)
    scheme_limit: Decimal = Field(default=Decimal("1000.00"), max_digits=8, decimal_places=2)
    hr_contact_email: str


class Employee(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    employer_id: int = Field(foreign_key="employer.id")
    staff_number: str = Field(max_length=20)
    first_name: str
    last_name: str
    work_email: str = Field(unique=True)
    home_address_line1: str
    home_postcode: str = Field(max_length=8)
    annual_salary: Decimal = Field(max_digits=10, decimal_places=2)
    contract_end_date: Optional[date] = None
    on_probation: bool = False


class Retailer(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    branch_postcode: str
    payout_iban: str
    contact_phone: Optional[str] = None


class Application(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    employee_id: int = Field(foreign_key="employee.id", index=True)
    retailer_id: int = Field(foreign_key="retailer.id")
    bike_make: str
    bike_model: str
    frame_size_cm: Optional[int] = None
    total_package_value: Decimal = Field(max_digits=8, decimal_places=2)
    monthly_salary_sacrifice: Decimal = Field(max_digits=8, decimal_places=2)
    hire_months: int = 12
    approved_by_id: Optional[int] = Field(default=None, foreign_key="user.id")
    status: str = "submitted"
    submitted_at: datetime = Field(default_factory=datetime.utcnow)


class Certificate(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", unique=True)
    certificate_number: str = Field(unique=True)
    issued_at: datetime
    redeemed_at: Optional[datetime] = None
    end_of_hire_option: str = "ownership_transfer"
    fair_market_value: Optional[Decimal] = None
