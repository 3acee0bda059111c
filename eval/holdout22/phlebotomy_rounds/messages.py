from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional


@dataclass
class SampleManifestLine:
    barcode: str
    tube_type: str
    patient_nhs_number: str
    patient_surname: str
    patient_dob: str
    collected_at: datetime
    tests: list[str] = field(default_factory=list)


@dataclass
class LabHandover:
    cool_box_id: str
    handed_over_at: datetime
    received_by: str
    temperature_c: float
    lines: list[SampleManifestLine] = field(default_factory=list)


@dataclass
class TextReminder:
    to_number: str
    patient_first_name: str
    visit_window: str
    template_name: str = "phlebotomy_visit_v2"
    sender_id: str = "NHSBLOODS"


@dataclass(frozen=True)
class RouteSettings:
    depot_postcode: str = "NG5 1PB"
    max_stops_per_round: int = 18
    minutes_per_visit: int = 12
    routing_api_key: str = ""
    maps_base_url: str = "https://routing.internal/api"
