"""Records of a volunteer bird and butterfly survey (attrs and dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

import attrs


@attrs.frozen
class Taxon:
    tvk: str
    scientific_name: str
    common_name: str
    family: str
    conservation_status: str | None = None
    sensitive: bool = False
    photo_credit: str | None = None


@attrs.define
class Site:
    site_code: str
    name: str
    grid_ref: str
    latitude: float
    longitude: float
    habitat: str
    altitude_m: int | None = None
    landowner_permission: bool = True
    access_notes: str = ""


@dataclass
class Visit:
    visit_id: str
    site_code: str
    recorder_id: int
    visit_date: date
    start_time: time
    end_time: time
    temperature_c: float
    wind_beaufort: int
    sunshine_percent: int
    cloud_cover_oktas: int | None = None


@dataclass
class Sighting:
    visit_id: str
    tvk: str
    count: int
    section: int | None = None
    sex: str | None = None
    life_stage: str = "adult"
    behaviour: str | None = None
    breeding_evidence: str | None = None
    phone_fix_lat: float | None = None
    phone_fix_lon: float | None = None
    photos: list[str] = field(default_factory=list)
    verified: bool = False


@attrs.define
class Recorder:
    id: int
    name: str
    email: str
    home_postcode: str | None = None
    experience: str = "beginner"
    newsletter: bool = False
    show_name_in_credits: bool = True
    last_submitted_at: datetime | None = None


@dataclass(frozen=True)
class ExportConfig:
    nbn_dataset_key: str
    licence: str = "CC-BY"
    blur_sensitive_to_km: int = 10
    include_zero_counts: bool = False
    output_dir: str = "exports"
    irecord_api_key: str = ""
