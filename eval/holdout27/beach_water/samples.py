from datetime import datetime
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class Classification(str, Enum):
    EXCELLENT = "excellent"
    GOOD = "good"
    SUFFICIENT = "sufficient"
    POOR = "poor"


class Beach(BaseModel):
    beach_id: str = Field(pattern=r"^UK[A-Z0-9]{8}$")
    name: str
    council: str
    latitude: float
    longitude: float
    lifeguarded: bool = False
    dog_ban_months: list[int] = Field(default_factory=list)


class Sample(BaseModel):
    model_config = ConfigDict(frozen=True)

    sample_id: str
    beach_id: str
    taken_at: datetime
    sampler: str
    e_coli_cfu: int = Field(ge=0)
    enterococci_cfu: int = Field(ge=0)
    water_temp_c: Optional[float] = None
    tide_state: Optional[str] = None
    rainfall_24h_mm: Optional[float] = None
    lab_ref: Optional[str] = None


class PollutionAlert(BaseModel):
    beach_id: str
    issued_at: datetime
    reason: str
    expected_clear: Optional[datetime] = None
    template_name: str = "short_term_pollution"
    advice_text: str = ""


class PublicReport(BaseModel):
    beach_id: str
    description: str = Field(max_length=2000)
    photo_url: Optional[str] = None
    reporter_email: Optional[EmailStr] = None
    submitted_at: datetime
    user_agent: Optional[str] = None
