from typing import TypedDict

from typing_extensions import NotRequired


class IncidentReport(TypedDict):
    pool_code: str
    occurred_at: str
    severity: int
    location_in_building: str
    casualty_name: str
    casualty_age: NotRequired[int]
    casualty_phone: NotRequired[str]
    injury: str
    first_aid_given: str
    ambulance_called: bool
    reported_by: str
    description: str


class RosterExportRow(TypedDict):
    date: str
    position: str
    guard_name: str
    hours: float


WaterTestRow = TypedDict(
    "WaterTestRow",
    {
        "pool": str,
        "taken_at": str,
        "free_chlorine": float,
        "combined_chlorine": float,
        "ph": float,
        "water_temp_c": float,
        "tested_by": str,
    },
)
