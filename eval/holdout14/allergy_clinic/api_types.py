from datetime import date, datetime
from typing import NamedTuple, TypedDict


class ReferralPayload(TypedDict):
    nhs_number: str
    patient_name: str
    referrer_email: str
    referring_practice: str
    reason: str
    suspected_allergen: str
    urgent: bool


class IgEResult(NamedTuple):
    allergen: str
    value_kua_l: float
    lab_ref: str
    collected_on: date


class ClinicSlot(NamedTuple):
    clinic: str
    room: str
    start: datetime
    consultant: str


class LetterContext(TypedDict, total=False):
    patient_first_name: str
    gp_name: str
    gp_surgery_address: str
    diagnosis: str
    plan: str
    clinician_signature: bytes
