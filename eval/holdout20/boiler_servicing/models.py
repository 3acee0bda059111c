from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class ApplianceType(str, Enum):
    COMBI = "combi"
    SYSTEM = "system"
    REGULAR = "regular"
    BACK_BOILER = "back_boiler"


class SafetyOutcome(str, Enum):
    PASS = "pass"
    NOT_TO_CURRENT_STANDARDS = "ncs"
    AT_RISK = "ar"
    IMMEDIATELY_DANGEROUS = "id"


class Customer(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    customer_id: int
    name: str = Field(min_length=1, max_length=120)
    email: EmailStr | None = None
    phone: str
    address_line1: str
    town: str
    postcode: str = Field(pattern=r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")
    is_landlord: bool = False
    vulnerable_customer: bool = False
    access_notes: str = ""
    key_safe_code: str | None = None


class Appliance(BaseModel):
    appliance_id: int
    customer_id: int
    property_address: str
    kind: ApplianceType
    make: str
    model: str
    gc_number: str | None = None
    serial_number: str | None = None
    location_in_property: str = "kitchen"
    installed_on: date | None = None
    flue_type: str = "room sealed"


class Engineer(BaseModel):
    engineer_id: int
    name: str
    gas_safe_licence: str = Field(pattern=r"^\d{7}$")
    van_registration: str
    mobile: str
    home_postcode: str
    current_lat: float | None = None
    current_lng: float | None = None


class ServiceVisit(BaseModel):
    visit_id: int
    appliance_id: int
    engineer_id: int
    scheduled_for: datetime
    arrival_window: str = "08:00-12:00"
    co_reading_ppm: float | None = Field(None, ge=0)
    operating_pressure_mbar: float | None = None
    outcome: SafetyOutcome | None = None
    defects: str = ""
    customer_signature: str | None = None
    price: Decimal = Decimal("0")


class GasSafetyRecord(BaseModel):
    record_number: str
    property_address: str
    landlord_name: str
    landlord_address: str
    tenant_name: str | None = None
    issued_on: date
    next_due: date
    engineer_licence: str
