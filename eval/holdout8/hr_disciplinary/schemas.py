from datetime import datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from .enums import CaseOutcome, CaseType


class CaseCreate(BaseModel):
    employee_id: int
    case_type: CaseType
    allegation: str = Field(min_length=10)
    raised_by_id: Optional[int] = None
    suspend: bool = False


class CaseSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    reference: str
    employee_name: str
    case_type: CaseType
    status: str
    outcome: Optional[CaseOutcome] = None


class HearingInvite(BaseModel):
    employee_email: EmailStr
    employee_name: str
    held_at: datetime
    room: str
    chair_name: str
    right_to_be_accompanied: bool = True
    reasonable_adjustments: Optional[str] = Field(
        default=None, description="Adjustments the employee has asked for, e.g. for a disability"
    )
