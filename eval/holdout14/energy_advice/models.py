from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Advisor(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    email: str = Field(index=True, unique=True)
    mobile: str
    patch: str = Field(description="Area the advisor covers, e.g. 'North Bristol'")
    accreditation_number: Optional[str] = None
    active: bool = True

    visits: list["Visit"] = Relationship(back_populates="advisor")


class Household(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    occupier_name: str
    address_line1: str
    town: str
    postcode: str = Field(index=True)
    uprn: Optional[str] = Field(default=None, max_length=12)
    phone: Optional[str] = None
    email: Optional[str] = None
    tenure: str = "owner"
    occupants: int = 1
    epc_rating: Optional[str] = None
    main_heating_fuel: str = "gas"
    annual_gas_kwh: Optional[int] = None
    annual_electricity_kwh: Optional[int] = None
    prepayment_meter: bool = False
    fuel_debt: Optional[Decimal] = None
    cold_related_illness: bool = False
    created_at: datetime = Field(default_factory=datetime.utcnow)


class Visit(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    household_id: int = Field(foreign_key="household.id")
    advisor_id: int = Field(foreign_key="advisor.id")
    scheduled_for: datetime
    completed: bool = False
    access_notes: Optional[str] = None
    measures_recommended: Optional[str] = None
    estimated_saving: Optional[Decimal] = None
    advisor_notes: Optional[str] = None

    advisor: Optional[Advisor] = Relationship(back_populates="visits")


class SmartMeterConsent(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    household_id: int = Field(foreign_key="household.id")
    mpan: str = Field(max_length=13)
    granted_on: date
    half_hourly: bool = False
