"""Immigration casework records exchanged between services (TypedDict / NamedTuple)."""

from __future__ import annotations

from typing import NamedTuple, TypedDict


class Applicant(TypedDict):
    applicant_ref: str
    name: str
    other_names: list[str]
    date_of_birth: str
    nationality: str
    passport_number: str
    brp_number: str
    share_code: str
    uk_address: str
    email: str
    phone: str


class Case(TypedDict, total=False):
    case_id: str
    applicant: Applicant
    caseworker_id: str
    route: str
    fee_paid: bool
    deadline: str


class CaseNote(TypedDict):
    case_id: str
    author_id: str
    body: str
    created: str


class Dependant(NamedTuple):
    name: str
    relationship: str
    date_of_birth: str
    nationality: str


class ServiceSettings(NamedTuple):
    api_base_url: str
    retention_days: int
    sender_address: str
