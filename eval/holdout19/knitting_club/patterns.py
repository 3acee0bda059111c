from typing import NamedTuple, TypedDict


class Needle(NamedTuple):
    size_mm: float
    kind: str = "straight"


class PatternRef(NamedTuple):
    title: str
    designer: str
    source_url: str | None = None
    difficulty: int = 1


class Gauge(NamedTuple):
    stitches_per_10cm: int
    rows_per_10cm: int
    needle: Needle


class WearerMeasurements(NamedTuple):
    wearer_name: str
    chest_cm: float
    waist_cm: float
    arm_length_cm: float
    ease_cm: float = 5.0


class Project(TypedDict):
    member_no: int
    pattern: PatternRef
    started: str
    progress_pct: int
    gift_for: str
    notes: str
