from datetime import date, datetime, time

from sqlmodel import Field, Relationship, SQLModel


class Clinician(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    gmc_number: str | None = Field(default=None, unique=True)
    email: str


class Patient(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    nhs_number: str = Field(index=True, unique=True, max_length=10)
    full_name: str
    date_of_birth: date
    sex: str = Field(max_length=1)
    email: str | None = None
    mobile: str | None = None
    bmi: float | None = None
    neck_circumference_cm: float | None = None
    referral_reason: str
    epworth_score: int | None = Field(default=None, ge=0, le=24)
    consultant_id: int | None = Field(default=None, foreign_key="clinician.id")
    created_at: datetime = Field(default_factory=datetime.utcnow)

    nights: list["NightSummary"] = Relationship(back_populates="patient")


class Device(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    serial: str = Field(unique=True)
    model: str
    firmware: str | None = None
    bluetooth_mac: str | None = None
    patient_id: int | None = Field(default=None, foreign_key="patient.id")
    issued_on: date | None = None
    returned_on: date | None = None
    battery_pct: int | None = None


class NightSummary(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    device_id: int = Field(foreign_key="device.id")
    night_of: date
    bedtime: time | None = None
    wake_time: time | None = None
    total_sleep_min: int
    sleep_efficiency: float
    ahi: float | None = None
    spo2_min: int | None = None
    resting_hr: int | None = None
    artefact_pct: float = 0.0

    patient: Patient | None = Relationship(back_populates="nights")


class ClinicianNote(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id")
    author_id: int = Field(foreign_key="clinician.id")
    body: str
    written_at: datetime = Field(default_factory=datetime.utcnow)
