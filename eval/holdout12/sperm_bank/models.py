from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class DonorBase(SQLModel):
    donor_code: str = Field(index=True, unique=True)
    height_cm: int
    eye_colour: str
    hair_colour: str
    ethnicity: str
    education_level: str
    occupation: str
    blood_group: str
    cmv_status: str
    pen_portrait: Optional[str] = None
    families_remaining: int = 10


class Donor(DonorBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    legal_name: str
    date_of_birth: date
    nhs_number: Optional[str] = None
    address: str
    mobile: str
    email: str
    karyotype: Optional[str] = None
    carrier_screen_result: Optional[str] = None
    identity_release_consent: bool = True
    quarantine_release_on: Optional[date] = None
    expenses_paid_total: float = 0.0

    samples: list["Sample"] = Relationship(back_populates="donor")


class DonorPublic(DonorBase):
    id: int
    available_straws: int


class Sample(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    donor_id: int = Field(foreign_key="donor.id")
    collected_at: datetime
    motility_pct: float
    concentration_m_per_ml: float
    straws: int
    dewar: str
    canister: str

    donor: Optional[Donor] = Relationship(back_populates="samples")


class Recipient(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    clinic_patient_ref: str
    full_name: str
    partner_name: Optional[str] = None
    treatment_type: str
    fertility_clinic: str
    sibling_reserve: bool = False


class Allocation(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    sample_id: int = Field(foreign_key="sample.id")
    recipient_id: int = Field(foreign_key="recipient.id")
    shipped_on: Optional[date] = None
    courier_tracking: Optional[str] = None
    outcome_reported: Optional[str] = None


class InquiryCreate(SQLModel):
    full_name: str
    email: str
    phone: Optional[str] = None
    clinic_name: Optional[str] = None
    same_sex_couple: bool = False
    message: str = ""
