"""Typed shapes passed between the dive centre's booking desk, kit room and logbook export."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple, TypedDict

from typing_extensions import NotRequired


class DiverProfile(TypedDict):
    id: int
    name: str
    email: str
    dob: date
    cert_level: str
    weight_kg: NotRequired[float]
    emergency_contact_name: str
    emergency_contact_phone: str


class MedicalDeclaration(TypedDict, total=False):
    diver_id: int
    asthma: bool
    heart_condition: bool
    pregnant: bool
    medications: list[str]
    doctor_signoff_required: bool
    signed_on: date
    signature_png: bytes


class DiveSite(NamedTuple):
    name: str
    lat: float
    lon: float
    max_depth_m: int
    current: str = "mild"


class DiveLogEntry(TypedDict):
    diver_id: int
    site: str
    max_depth_m: float
    bottom_time_min: int
    buddy_id: int | None
    computer_serial: str | None
    remarks: str


class Boat(NamedTuple):
    name: str
    skipper: str
    capacity: int
    vhf_callsign: str


class KitHire(TypedDict):
    diver_id: int
    bcd_number: str
    regulator_number: str
    deposit: int
    returned: bool


class ShopConfig(TypedDict):
    stripe_secret_key: str
    booking_email: str
    padi_store_number: str
    max_divers_per_guide: int
