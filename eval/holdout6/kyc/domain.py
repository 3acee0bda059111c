from __future__ import annotations

import datetime as dt
import enum

import attrs


class DocumentKind(enum.Enum):
    PASSPORT = "passport"
    DRIVING_LICENCE = "driving_licence"
    NATIONAL_ID_CARD = "national_id_card"
    RESIDENCE_PERMIT = "residence_permit"


@attrs.frozen
class Document:
    kind: DocumentKind
    number: str
    issuing_country: str
    expiry_date: dt.date | None
    mrz: str | None = None
    front_image_key: str | None = None
    back_image_key: str | None = None


@attrs.define
class Applicant:
    external_ref: str
    full_name: str
    date_of_birth: dt.date
    nationality: str | None = None
    address: str | None = None
    documents: list[Document] = attrs.Factory(list)


@attrs.define
class LivenessCheck:
    verification_id: str
    selfie_key: str
    face_template: bytes = attrs.field(repr=False)
    match_score: float = 0.0
    liveness_passed: bool = False
    device_fingerprint: str | None = None
    ip_address: str | None = None
    captured_at: dt.datetime = attrs.field(factory=dt.datetime.utcnow)


@attrs.define
class ScreeningHit:
    verification_id: str
    list_name: str
    matched_name: str
    score: float
    reviewed_by: str | None = None
    dismissed: bool = False
