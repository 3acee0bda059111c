from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class Site:
    site_code: str
    name: str
    address: str
    postcode: str
    manager_name: str
    phone: str
    opening_hours: str = "06:00-22:00"


@dataclass
class Unit:
    unit_number: str
    site_code: str
    size_sqft: int
    floor: int = 0
    climate_controlled: bool = False
    weekly_rate: Decimal = Decimal("0.00")


@dataclass
class Tenant:
    tenant_id: int
    full_name: str
    email: str
    mobile: str
    home_address: str
    date_of_birth: date | None = None
    id_document_number: str | None = None
    business_name: str | None = None
    account_balance: Decimal = Decimal("0.00")
    in_arrears: bool = False
    gate_pin: str | None = None
    alternate_contact_name: str | None = None
    alternate_contact_phone: str | None = None
    created_at: datetime = field(default_factory=datetime.utcnow)


@dataclass
class Licence:
    licence_id: int
    tenant_id: int
    unit_number: str
    start_date: date
    notice_given_on: date | None = None
    contents_value: Decimal | None = None
    insurance_cover: Decimal = Decimal("2000")


@dataclass(frozen=True)
class GateEvent:
    site_code: str
    gate: str
    pin_used_by: int | None
    occurred_at: datetime
    direction: str = "in"
    granted: bool = True
