from typing import NamedTuple, Optional


class SightingRow(NamedTuple):
    grid_ref: str
    ward_code: str
    gender: str
    age_band: str
    nationality: str
    known_to_services: bool


class WardTotal(NamedTuple):
    ward_code: str
    ward_name: str
    count: int
    previous_count: int


class CaseworkerReferral(NamedTuple):
    sighting_id: str
    referred_to: str
    person_name: str
    needs: str
    phone: Optional[str] = None
