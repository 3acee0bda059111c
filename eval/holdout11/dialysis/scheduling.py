from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from typing import NamedTuple, Optional


class Shift(Enum):
    MORNING = "am"
    AFTERNOON = "pm"
    TWILIGHT = "twilight"


class Modality(str, Enum):
    HAEMODIALYSIS = "HD"
    HAEMODIAFILTRATION = "HDF"
    HOME_HD = "HHD"
    PERITONEAL = "PD"


@dataclass
class Chair:
    chair_id: str
    unit: str
    machine_serial: str
    isolation: bool = False


@dataclass
class Patient:
    hospital_number: str
    name: str
    date_of_birth: date
    modality: Modality
    dry_weight_kg: float
    access_type: str
    hepatitis_b_status: str
    shift: Shift = Shift.MORNING
    days: tuple[str, ...] = ("Mon", "Wed", "Fri")


@dataclass
class Slot:
    chair: Chair
    day: date
    shift: Shift
    patient: Optional[Patient] = None
    nurse_initials: str = ""


class TransportBooking(NamedTuple):
    patient_number: str
    pickup_address: str
    pickup_time: time
    wheelchair: bool


class UnitContact(NamedTuple):
    unit: str
    ward_phone: str
    charge_nurse: str
