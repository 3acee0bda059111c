from datetime import date, datetime
from decimal import Decimal
from typing import Optional

import attr
import attrs
from attrs import define, field


@define
class Client:
    client_id: str
    full_name: str
    date_of_birth: date
    photo_id_type: str
    photo_id_number: str
    phone: str
    email: Optional[str] = None
    instagram_handle: Optional[str] = None
    marketing_opt_in: bool = False


@define
class ConsentForm:
    client_id: str
    artist_id: str
    signed_at: datetime
    signature_png: bytes
    over_18_confirmed: bool
    pregnant_or_breastfeeding: bool
    blood_thinners: bool
    alcohol_last_24h: bool
    placement: str
    design_ref: str
    skin_conditions: list[str] = field(factory=list)


@attr.s(slots=True)
class Artist:
    artist_id = attr.ib(type=str)
    display_name = attr.ib(type=str)
    licence_number = attr.ib(type=str)
    station_number = attr.ib(type=int)
    hepatitis_b_vaccinated = attr.ib(type=bool, default=False)
    chair_rent_weekly = attr.ib(type=Decimal, default=Decimal("150.00"))


@attrs.define
class Appointment:
    client_id: str = attrs.field()
    artist_id: str = attrs.field()
    starts_at: datetime = attrs.field()
    duration_minutes: int = attrs.field(default=120)
    deposit_paid: Decimal = attrs.field(default=Decimal("0"))
    deposit_card_last4: Optional[str] = attrs.field(default=None)
    aftercare_sms: bool = attrs.field(default=True)
    notes: str = attrs.field(default="")
