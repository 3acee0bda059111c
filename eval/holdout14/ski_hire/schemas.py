from datetime import date
from decimal import Decimal
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from .enums import Discipline, ItemCondition, SkierAbility


class SkierProfile(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    first_name: str
    last_name: str
    age: int = Field(ge=3, le=99)
    height_cm: int = Field(ge=80, le=230)
    weight_kg: float = Field(ge=10, le=200)
    shoe_size_eu: float = Field(ge=20, le=50)
    ability: SkierAbility = SkierAbility.BEGINNER
    discipline: Discipline = Discipline.SKI
    din_setting: Optional[float] = None


class PaymentDetails(BaseModel):
    cardholder_name: str
    card_number: str = Field(min_length=12, max_length=19)
    expiry: str = Field(pattern=r"^\d{2}/\d{2}$")
    cvc: str = Field(min_length=3, max_length=4)
    billing_postcode: str


class HireBooking(BaseModel):
    booking_ref: str = Field(pattern=r"^SH-\d{6}$")
    lead_name: str
    email: EmailStr
    mobile: str
    resort: str
    shop_id: int
    chalet_address: Optional[str] = Field(default=None, description="Where to deliver the kit")
    pick_up: date
    days: int = Field(ge=1, le=21)
    skiers: list[SkierProfile]
    damage_waiver: bool = False
    total: Decimal = Decimal("0")
    marketing_opt_in: bool = False


class EquipmentItem(BaseModel):
    sku: str
    category: str
    brand: str
    length_cm: Optional[int] = None
    condition: ItemCondition = ItemCondition.GOOD
    last_serviced: Optional[date] = None
    daily_rate: Decimal


class DamageReport(BaseModel):
    booking_ref: str
    item_sku: str
    description: str = Field(max_length=2000)
    customer_account: Optional[str] = Field(default=None, description="What the customer says happened")
    reported_by: str
    photo_urls: list[str] = []
    charge: Decimal = Decimal("0")
