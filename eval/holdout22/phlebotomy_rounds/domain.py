from __future__ import annotations

import datetime as dt
from typing import Optional

import attr
import attrs
from attrs import define, field


@define
class HouseboundPatient:
    patient_id: str
    nhs_number: str
    name: str
    date_of_birth: dt.date
    address_line_1: str
    address_line_2: Optional[str]
    town: str
    postcode: str
    phone: Optional[str] = None
    key_safe_code: Optional[str] = None
    access_notes: str = ""
    anticoagulated: bool = False
    difficult_venous_access: bool = False
    latitude: Optional[float] = None
    longitude: Optional[float] = None


@define
class TestRequest:
    request_id: str
    patient_id: str
    requested_by_gp: str
    practice_code: str
    tests: list[str] = field(factory=list)  # e.g. ["FBC", "U&E", "INR", "HbA1c"]
    clinical_details: str = ""
    fasting_required: bool = False
    due_by: Optional[dt.date] = None
    urgent: bool = False


@attr.s(auto_attribs=False, slots=True)
class Round:
    round_id = attr.ib(type=str)
    date = attr.ib(type=dt.date)
    phlebotomist_id = attr.ib(type=str)
    vehicle_reg = attr.ib(type=str)
    cool_box_id = attr.ib(type=str)
    lab_drop_off_by = attr.ib(type=dt.time)
    stops = attr.ib(factory=list)


@attrs.frozen
class Phlebotomist:
    staff_number: str
    name: str
    work_mobile: str
    band: int = attrs.field(default=3)
    base_clinic: str = attrs.field(default="")
    can_do_paediatrics: bool = attrs.field(default=False)


@attrs.define
class Visit:
    round_id: str
    sequence: int
    patient_id: str
    eta: dt.time
    arrived_at: Optional[dt.datetime] = None
    tubes_taken: int = 0
    sample_barcodes: list[str] = attrs.Factory(list)
    outcome: str = "pending"  # bled / not_in / refused / failed_attempt
    patient_declined_reason: Optional[str] = None
    gps_fix: Optional[tuple[float, float]] = None
