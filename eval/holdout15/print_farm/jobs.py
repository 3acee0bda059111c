from datetime import date, datetime
from enum import Enum
from typing import TypedDict

from pydantic import BaseModel, EmailStr, Field, IPvAnyAddress


class JobState(str, Enum):
    QUEUED = "queued"
    SLICING = "slicing"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Material(str, Enum):
    PLA = "pla"
    PETG = "petg"
    ABS = "abs"
    TPU = "tpu"


class Printer(BaseModel):
    printer_id: str
    name: str
    model: str
    nozzle_mm: float = 0.4
    bed_x_mm: int
    bed_y_mm: int
    ip_address: IPvAnyAddress
    mac_address: str
    firmware_version: str
    location: str = Field(description="rack and shelf")


class PrintJob(BaseModel):
    job_id: str
    file_name: str
    gcode_sha256: str
    material: Material = Material.PLA
    colour: str = "black"
    estimated_minutes: int
    state: JobState = JobState.QUEUED
    submitted_by: str
    customer_email: EmailStr | None = None
    submitted_at: datetime
    printer_id: str | None = None
    copies: int = Field(default=1, ge=1)
    priority: int = 0


class Notification(BaseModel):
    to: EmailStr
    job_id: str
    template_name: str
    subject: str


class FilamentSpool(TypedDict):
    spool_id: str
    material: str
    colour: str
    remaining_g: int
    vendor: str
    opened_on: date


PrinterStats = TypedDict(
    "PrinterStats",
    {
        "printer_id": str,
        "jobs_done": int,
        "failures": int,
        "usage": float,
        "age_days": int,
        "filament_g": int,
    },
)
