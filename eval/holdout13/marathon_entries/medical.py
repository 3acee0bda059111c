from datetime import datetime
from typing import Optional
from uuid import UUID

from pydantic import BaseModel, Field


class MedicalTentRecord(BaseModel):
    bib: int
    arrived_at: datetime
    presenting_complaint: str
    core_temp_c: Optional[float] = Field(default=None, ge=30, le=45)
    heart_rate: Optional[int] = None
    treatment_given: str = ""
    transferred_to_hospital: bool = False
    clinician: str


class DeferralRequest(BaseModel):
    entry_id: UUID
    reason: str = Field(max_length=500)
    requested_at: datetime
