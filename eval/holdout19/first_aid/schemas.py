from datetime import date

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class DelegateIn(BaseModel):
    first_name: str = Field(min_length=1, max_length=60)
    last_name: str = Field(min_length=1, max_length=60)
    email: EmailStr | None = None
    date_of_birth: date
    job_role: str | None = Field(None, max_length=80)
    additional_needs: str | None = Field(
        None, max_length=500, description="Anything that may affect kneeling or floor work"
    )


class BookingRequest(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    course_run_id: int
    company_name: str
    booker_name: str
    booker_email: EmailStr
    booker_phone: str | None = None
    po_number: str | None = Field(None, max_length=30)
    delegates: list[DelegateIn] = Field(min_length=1, max_length=12)


class AttendanceMark(BaseModel):
    delegate_id: int
    day: int = Field(ge=1, le=3)
    present: bool
    late_minutes: int = 0


class CertificateOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    certificate_number: str
    holder_name: str
    course_title: str
    expires_on: date
    verify_url: str
