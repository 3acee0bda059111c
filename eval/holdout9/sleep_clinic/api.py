from datetime import date

from sqlmodel import Field, SQLModel


class PatientCreate(SQLModel):
    nhs_number: str = Field(regex=r"^\d{10}$")
    full_name: str
    date_of_birth: date
    sex: str
    email: str | None = None
    mobile: str | None = None
    referral_reason: str


class PatientRead(SQLModel):
    id: int
    full_name: str
    date_of_birth: date
    latest_ahi: float | None = None
    nights_recorded: int = 0


class NightUpload(SQLModel):
    device_serial: str
    night_of: date
    recorded_tz: str = "Europe/London"
    hr_samples: list[int] = Field(default_factory=list)
    spo2_samples: list[int] = Field(default_factory=list)
    hypnogram: list[str] = Field(default_factory=list)
    firmware: str | None = None


class PairingRequest(SQLModel):
    patient_id: int
    device_serial: str
    pairing_code: str = Field(min_length=6, max_length=6)
