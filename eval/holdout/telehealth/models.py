"""Tables of the video-consultation service."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlmodel import Field, Relationship, SQLModel


class ConsultStatus(str, Enum):
    booked = "booked"
    in_progress = "in_progress"
    completed = "completed"
    no_show = "no_show"


class PatientBase(SQLModel):
    first_name: str = Field(max_length=80)
    surname: str = Field(max_length=80)
    date_of_birth: date
    sex_at_birth: str | None = Field(default=None, max_length=12)
    nhs_number: str | None = Field(default=None, index=True)
    contact_number: str
    email: str | None = None
    address_line1: str
    town: str
    post_code: str
    gp_practice_code: str | None = None


class Patient(PatientBase, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    account_id: uuid.UUID = Field(foreign_key="account.id")
    blood_group: str | None = None
    allergies: str | None = None
    is_smoker: bool | None = None
    insurer_name: str | None = None
    policy_number: str | None = None
    registered_at: datetime = Field(default_factory=datetime.utcnow)
    consultations: list[Consultation] = Relationship(back_populates="patient")


class PatientCreate(PatientBase):
    consent_to_share_with_gp: bool = False


class PatientRead(PatientBase):
    id: uuid.UUID


class Clinician(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    gmc_number: str = Field(unique=True)
    full_name: str
    speciality: str
    photo_url: str | None = None
    accepts_new_patients: bool = True
    hourly_rate: Decimal = Field(max_digits=8, decimal_places=2)


class Consultation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    patient_id: uuid.UUID = Field(foreign_key="patient.id")
    clinician_id: int = Field(foreign_key="clinician.id")
    scheduled_for: datetime
    duration_minutes: int = 15
    status: ConsultStatus = ConsultStatus.booked
    presenting_complaint: str | None = None
    clinical_notes: str | None = None
    diagnosis_code: str | None = Field(default=None, max_length=8)
    video_room_id: str | None = None
    recording_enabled: bool = False
    patient: Patient | None = Relationship(back_populates="consultations")


class Prescription(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    consultation_id: int = Field(foreign_key="consultation.id")
    drug: str
    dose: str
    repeats: int = 0
    pharmacy_ods_code: str | None = None
    issued_at: datetime = Field(default_factory=datetime.utcnow)


class VitalsReading(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    patient_id: uuid.UUID = Field(foreign_key="patient.id")
    taken_at: datetime
    systolic: int | None = None
    diastolic: int | None = None
    pulse_bpm: int | None = None
    weight_kg: float | None = None
    height_cm: float | None = None
    device_serial: str | None = None


class Medicine(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    strength: str
    form: str = "tablet"
    controlled: bool = False
    pack_price: Decimal = Decimal("0")


class ServiceSettings(SQLModel):
    max_age_seconds: int = 3600
    video_provider: str = "daily"
    min_patient_age: int = 16
    reminder_sms_sender: str = "DocNow"
    default_tz: str = "Europe/London"
