"""Council taxi and private-hire licensing (attrs)."""

from __future__ import annotations

from datetime import date, datetime

import attrs


@attrs.define
class LicensingAuthority:
    name: str
    address: str
    postcode: str
    phone: str
    email: str
    licensing_officer_name: str


@attrs.define
class Operator:
    company_name: str
    operating_centre_address: str
    operating_centre_postcode: str
    booking_phone: str
    email: str
    licence_number: str
    fleet_size: int


@attrs.define
class DriverApplication:
    applicant_name: str
    previous_names: list[str]
    date_of_birth: date
    home_address: str
    mobile: str
    email: str
    dvla_licence_number: str
    dvla_check_code: str
    penalty_points: int
    dbs_certificate_number: str
    right_to_work_share_code: str
    group2_medical_passed: bool
    eyesight_meets_standard: bool
    convictions_declared: str
    operator: Operator | None = None


@attrs.define
class DriverBadge:
    badge_number: str
    holder_id: int
    expires_on: date
    photo_path: str


@attrs.define
class LicensedVehicle:
    plate_number: str
    make: str
    model: str
    wheelchair_accessible: bool
    seats: int
    operator: Operator


@attrs.define
class Complaint:
    reference: str
    complainant_name: str
    complainant_phone: str
    statement: str
    driver_id: int | None
    received_at: datetime
    outcome: str


@attrs.define
class Inspection:
    vehicle_plate: str
    inspector_id: int
    mileage: int
    passed: bool
    defects: list[str]
    inspected_at: datetime
