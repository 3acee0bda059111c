"""attrs records of a solar panel installer: kit, crews, leads, surveys and installs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
from attrs import define, field, frozen


@frozen
class Panel:
    sku: str
    manufacturer: str
    watts_peak: int
    efficiency: float
    price: Decimal


@frozen
class Inverter:
    sku: str
    manufacturer: str
    rated_kw: float
    serial_prefix: str = ""


@define
class Installer:
    name: str
    ecs_card_number: str
    mobile: str
    van_reg: str = ""
    day_rate: Decimal = Decimal("0")


@define
class Lead:
    name: str
    email: str
    phone: str = ""
    postcode: str = ""
    source: str = "website"
    utm_campaign: str | None = None
    consent_to_contact: bool = False
    created: date = attrs.Factory(date.today)


@define
class SiteSurvey:
    lead_id: int
    surveyor: str
    roof_pitch_deg: float
    azimuth_deg: float
    shading: str = "none"
    latitude: float | None = None
    longitude: float | None = None
    roof_photos: list[str] = field(factory=list)
    scaffold_notes: str = ""


@define
class Installation:
    job_no: str
    survey: SiteSurvey
    inverter: Inverter
    panels: list[Panel] = field(factory=list)
    system_kwp: float = 0.0
    commissioned_on: date | None = None
    dno_reference: str = ""
    customer_iban: str = ""
    warranty_years: int = 10
