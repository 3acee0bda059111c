from datetime import datetime
from typing import NamedTuple, TypedDict

from typing_extensions import NotRequired


class SessionObservation(TypedDict):
    hospital_number: str
    pre_weight_kg: float
    post_weight_kg: float
    pre_bp_systolic: int
    pre_bp_diastolic: int
    post_bp_systolic: int
    post_bp_diastolic: int
    blood_flow_ml_min: int
    ktv: float
    machine_alarms: list[str]
    nurse_comment: NotRequired[str]


MonthlyBloods = TypedDict(
    "MonthlyBloods",
    {
        "hospital_number": str,
        "sample_date": str,
        "haemoglobin": float,
        "potassium": float,
        "phosphate": float,
        "urea_reduction_ratio": float,
        "albumin": float,
    },
)


class MachineReading(NamedTuple):
    machine_serial: str
    timestamp: datetime
    dialysate_temp_c: float
    conductivity: float
    water_pressure_bar: float
