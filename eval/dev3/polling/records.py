"""Polling-station staffing and postal/proxy vote applications (attrs records)."""

from __future__ import annotations

from datetime import date

import attrs


@attrs.define
class PollingStation:
    code: str
    name: str
    address: str
    ward: str
    step_free: bool = False
    lat: float | None = None
    lon: float | None = None


@attrs.frozen
class StaffMember:
    staff_ref: str
    forename: str
    surname: str
    home_address: str
    postcode: str
    email: str
    phone: str
    date_of_birth: date
    ni_number: str
    role: str
    fee_rate: float
    bank_sort_code: str
    bank_account_number: str
    political_party_member: bool = False
    trained_on: date | None = None
    requires_step_free_access: bool = False


@attrs.define
class Assignment:
    station_code: str
    staff_ref: str
    election_date: date
    paid: bool = False


@attrs.define
class PostalVoteApplication:
    elector_number: str
    full_name: str
    address: str
    date_of_birth: date
    signature_image: bytes
    redirect_address: str | None = None
    reason_for_proxy: str | None = None
    proxy_name: str | None = None
    status: str = "received"


@attrs.frozen
class ElectionConfig:
    returning_officer_email: str
    polls_open: str = "07:00"
    polls_close: str = "22:00"
    sms_api_token: str = ""
