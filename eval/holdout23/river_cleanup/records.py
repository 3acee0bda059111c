from dataclasses import dataclass
from typing import TypedDict


@dataclass
class LitterHaul:
    event_id: int
    bags: int
    weight_kg: float
    trolleys: int = 0
    tyres: int = 0
    notable_finds: str = ""


@dataclass
class HazardReport:
    reported_by: str
    lat: float
    lng: float
    hazard: str
    photo_url: str | None = None
    reported_to_ea: bool = False


class GpsTrackPoint(TypedDict):
    volunteer_id: str
    ts: str
    lat: float
    lon: float
    accuracy_m: float


SiteSummary = TypedDict(
    "SiteSummary",
    {
        "site": str,
        "events": int,
        "volunteer_hours": float,
        "kg_removed": float,
    },
)
