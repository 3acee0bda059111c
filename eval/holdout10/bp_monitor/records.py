"""Row shapes for the warehouse export and the cuff sync endpoint."""
from typing import NamedTuple, TypedDict


class ReadingRow(NamedTuple):
    patient_id: str
    taken_at: str
    sys: int
    dia: int
    hr: int


class WeeklySummary(TypedDict):
    patient_id: str
    week_start: str
    mean_systolic: float
    mean_diastolic: float
    readings: int
    flagged: bool


DeviceSyncPayload = TypedDict(
    "DeviceSyncPayload",
    {
        "device-id": str,
        "firmware": str,
        "battery": int,
        "readings": list,
        "tz": str,
    },
)
