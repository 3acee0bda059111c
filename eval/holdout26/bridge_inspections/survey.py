from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ConditionSummary:
    asset_ref: str
    last_inspected: dt.date | None
    bci_average: float | None
    bci_critical: float | None
    open_defects: int
    overdue: bool


@dataclass
class DroneSurveyConfig:
    api_base: str = "https://survey-vendor.example.com/v2"
    service_account: str = "highways-structures"
    service_password: str = ""
    pilot_name: str = ""
    pilot_operator_id: str = ""
    max_wind_ms: float = 10.0
