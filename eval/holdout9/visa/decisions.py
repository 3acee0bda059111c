from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field


class BiometricAppointment(BaseModel):
    application_reference: str
    centre_code: str
    slot: datetime
    fingerprint_template: bytes | None = None
    fingerprints_captured: bool = False
    facial_image_captured: bool = False


class CaseworkerAction(BaseModel):
    application_reference: str
    caseworker_id: str = Field(description="Staff number of the decision maker")
    action: Literal["request_info", "approve", "refuse", "escalate"]
    minute: str = Field(description="Internal minute explaining the action")
    taken_at: datetime


class DecisionNotice(BaseModel):
    application_reference: str
    outcome: Literal["granted", "refused", "withdrawn"]
    reasons: list[str] = Field(default_factory=list)
    permit_number: str | None = Field(default=None, description="Residence permit card number")
    valid_until: date | None = None
    conditions: list[str] = Field(default_factory=list, description="e.g. no recourse to public funds")
