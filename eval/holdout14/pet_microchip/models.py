from datetime import date, datetime
from enum import Enum
from typing import Optional

from pydantic import BaseModel, EmailStr, Field


class Species(str, Enum):
    DOG = "dog"
    CAT = "cat"
    FERRET = "ferret"
    RABBIT = "rabbit"
    OTHER = "other"


class Keeper(BaseModel):
    keeper_id: int
    title: Optional[str] = None
    first_name: str
    last_name: str
    email: Optional[EmailStr] = None
    phone: str
    alt_phone: Optional[str] = None
    address_line1: str
    town: str
    postcode: str
    country: str = "GB"
    is_breeder: bool = False
    account_locked: bool = False


class Pet(BaseModel):
    chip_number: str = Field(pattern=r"^\d{15}$")
    name: str
    species: Species
    breed: Optional[str] = None
    sex: str = Field(pattern="^(male|female|unknown)$")
    colour: Optional[str] = None
    date_of_birth: Optional[date] = None
    neutered: bool = False
    keeper: Keeper
    registered_vet: Optional[str] = None


class ChipScanEvent(BaseModel):
    chip_number: str
    scanned_at: datetime
    scanner_serial: str
    scanned_by_org: str
    lat: Optional[float] = None
    lng: Optional[float] = None


class TransferRequest(BaseModel):
    chip_number: str
    current_keeper_email: EmailStr
    new_keeper_name: str
    new_keeper_email: EmailStr
    new_keeper_phone: Optional[str] = None
    transfer_code: str = Field(min_length=8, max_length=8)
    note_to_new_keeper: Optional[str] = Field(default=None, max_length=500)


class LostReport(BaseModel):
    chip_number: str
    reported_on: date
    description: str
    contact_phone: str
    reward_offered: bool = False
