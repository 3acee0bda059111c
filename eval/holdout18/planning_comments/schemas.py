from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class Application(BaseModel):
    reference: str = Field(pattern=r"^\d{2}/\d{5}/[A-Z]{3,4}$")
    site_address: str
    ward: str
    description: str
    applicant_name: str
    applicant_address: str | None = None
    agent_company: str | None = None
    case_officer: str
    received_on: date
    decision_due: date
    status: Literal["validating", "consultation", "pending", "approved", "refused", "withdrawn"]
    site_lat: float | None = None
    site_lng: float | None = None


class CommentIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    application_reference: str
    name: str = Field(min_length=2, max_length=120)
    email: EmailStr
    address_line1: str
    postcode: str = Field(max_length=10)
    stance: Literal["support", "object", "neutral"]
    comment: str = Field(min_length=10, max_length=5000)
    publish_name: bool = True
    on_behalf_of: str | None = Field(default=None, description="Residents' association or other group")


class CommentOut(BaseModel):
    id: int
    application_reference: str
    received_at: datetime
    display_name: str
    redacted_comment: str
    stance: str


class PublicAccessSearch(BaseModel):
    postcode: str | None = Field(default=None, description="Show applications near this postcode")
    ward: str | None = None
    status: str | None = None
    received_after: date | None = None
