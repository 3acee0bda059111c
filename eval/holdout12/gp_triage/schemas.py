from datetime import date, datetime
from enum import Enum
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class Urgency(str, Enum):
    EMERGENCY = "emergency"
    SAME_DAY = "same_day"
    WITHIN_WEEK = "within_week"
    ROUTINE = "routine"
    SELF_CARE = "self_care"


class ContactMethod(str, Enum):
    PHONE = "phone"
    VIDEO = "video"
    FACE_TO_FACE = "face_to_face"
    TEXT_REPLY = "text_reply"


class PatientDetails(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    nhs_number: Optional[str] = Field(None, pattern=r"^\d{10}$")
    first_name: str = Field(..., max_length=60)
    last_name: str = Field(..., max_length=60)
    date_of_birth: date
    postcode: str = Field(..., max_length=8)
    mobile: str
    email: Optional[EmailStr] = None
    preferred_language: str = "en"
    needs_interpreter: bool = False
    carer_completing: bool = False


class SymptomAnswers(BaseModel):
    main_problem: str = Field(..., max_length=2000)
    started: Literal["today", "this_week", "this_month", "longer"]
    severity: int = Field(..., ge=0, le=10)
    chest_pain: bool = False
    breathless: bool = False
    pregnant: Optional[bool] = None
    temperature_c: Optional[float] = Field(None, ge=30, le=45)
    current_medicines: list[str] = Field(default_factory=list)
    already_tried: Optional[str] = None


class TriageRequest(BaseModel):
    patient: PatientDetails
    answers: SymptomAnswers
    preferred_contact: ContactMethod = ContactMethod.PHONE
    available_times: list[str] = Field(default_factory=list)
    submitted_from_ip: Optional[str] = None
    user_agent: Optional[str] = None


class TriageDecision(BaseModel):
    request_id: str
    urgency: Urgency
    assigned_clinician: Optional[str] = None
    clinician_role: Literal["gp", "nurse", "pharmacist", "physio", "paramedic"] = "gp"
    decided_at: datetime
    reply_to_patient: str = Field(..., max_length=1600)
    signposted_to: Optional[str] = None


class SlotOut(BaseModel):
    slot_id: int
    starts_at: datetime
    clinician: str
    room: Optional[str] = None
    method: ContactMethod
