from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class RequestStatus(str, Enum):
    SUBMITTED = "submitted"
    WITH_GP = "with_gp"
    APPROVED = "approved"
    REJECTED = "rejected"
    SENT_TO_PHARMACY = "sent_to_pharmacy"


class CollectionMethod(str, Enum):
    NOMINATED_PHARMACY = "eps"
    PRACTICE_COLLECT = "practice"
    DELIVERY = "delivery"


class PatientIdentity(BaseModel):
    nhs_number: str = Field(pattern=r"^\d{10}$")
    given_name: str
    family_name: str
    date_of_birth: date
    postcode: str
    email: EmailStr | None = None
    mobile: str | None = None


class MedicationLine(BaseModel):
    snomed_code: str
    drug_name: str
    strength: str
    dose_instructions: str
    quantity: int = Field(gt=0)
    last_issued: date | None = None


class RepeatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    patient: PatientIdentity
    items: list[MedicationLine] = Field(min_length=1, max_length=20)
    collection: CollectionMethod
    nominated_pharmacy_ods: str | None = None
    message_to_gp: str | None = Field(default=None, max_length=1000)
    delivery_address: str | None = None


class GPDecision(BaseModel):
    request_id: UUID
    status: RequestStatus
    reviewed_by: str
    rejection_reason: str | None = None
    needs_review_appointment: bool = False
    medication_review_due: date | None = None


class RequestSummary(BaseModel):
    request_id: UUID
    submitted_at: datetime
    status: RequestStatus
    item_count: int
    patient_display: str
