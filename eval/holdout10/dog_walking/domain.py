from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Client:
    client_id: int
    name: str
    email: str
    phone: str
    address: str
    vet_name: str
    vet_phone: str
    key_safe_code: str | None = None
    alarm_code: str | None = field(default=None, repr=False)
    access_notes: str = ""
    balance_owed: Decimal = Decimal("0.00")


@dataclass
class Dog:
    name: str
    breed: str
    age: int
    gender: str
    owner_id: int
    reactive: bool = False
    medication: str = ""


@dataclass
class Walker:
    walker_id: int
    full_name: str
    mobile: str
    hourly_rate: Decimal
    home_lat: float
    home_lng: float
    dbs_checked: bool = False
