from datetime import datetime
from typing import TypedDict


class ObservationsPayload(TypedDict):
    attendance_id: str
    heart_rate: int
    resp_rate: int
    spo2: int
    temp_c: float
    news2: int
    taken_by: str


BedRequest = TypedDict(
    "BedRequest",
    {
        "attendance_id": str,
        "specialty": str,
        "requested_at": datetime,
        "isolation": bool,
        "ward": str | None,
    },
)


class AmbulanceHandover(TypedDict, total=False):
    incident_number: str
    crew_call_sign: str
    eta: datetime
    patient_age: int
    atmist: str
    handover_delay_minutes: int
