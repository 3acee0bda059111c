"""Rows of the register published to candidates and the daily canvass report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class RegisterRow(NamedTuple):
    polling_district: str
    elector_number: str
    full_name: str
    address: str
    postcode: str


@dataclass(frozen=True)
class CanvassReport:
    district_code: str
    households: int
    responded: int
    response_rate: float
    new_electors: int
    deletions: int
    generated_at: str
