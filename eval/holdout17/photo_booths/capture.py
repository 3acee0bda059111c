from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple


class CaptureSession(NamedTuple):
    session_id: str
    booth_serial: str
    started_at: datetime
    product: str
    amount_paid: Decimal
    card_last4: str | None
    retakes: int


class ComplianceResult(NamedTuple):
    passed: bool
    background_uniform: bool
    eyes_open: bool
    glare_on_glasses: bool
    head_tilt_deg: float
    face_height_ratio: float


@dataclass
class PhotoCode:
    code: str
    session_id: str
    image_key: str
    face_landmarks: list[tuple[float, float]] = field(default_factory=list)
    customer_email: str | None = None
    created_at: datetime = field(default_factory=datetime.utcnow)
    expires_at: datetime | None = None
    retrieved_by_hmpo: bool = False


@dataclass
class PrintJob:
    session_id: str
    image_key: str
    copies: int = 4
    layout: str = "35x45_uk"
