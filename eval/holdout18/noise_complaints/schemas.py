from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class AppRecordingUpload(BaseModel):
    complaint_reference: str
    peak_db: float = Field(ge=0, le=140)
    duration_s: int = Field(gt=0, le=600)
    latitude: float | None = None
    longitude: float | None = None
    device_id: str
    push_token: str | None = None
    app_version: str


class AbatementNotice(BaseModel):
    model_config = ConfigDict(frozen=True)

    complaint_reference: str
    served_on_name: str
    served_at_address: str
    served_on: date
    legislation: str = "Environmental Protection Act 1990, s.80"
    requirements: str
    officer_name: str
