from dataclasses import dataclass, field
from typing import Optional


@dataclass
class RingResult:
    ring_number: int
    handler_name: str
    dog_call_name: str
    time_seconds: float
    faults: int = 0
    placing: Optional[int] = None


@dataclass(frozen=True)
class ScribeSheet:
    judge_name: str
    scribe_name: str
    ring: int
    entries: list[RingResult] = field(default_factory=list)


@dataclass
class OnlineEntry:
    handler_email: str
    handler_phone: str
    dog_id: int
    classes: list[str] = field(default_factory=list)
    helper_volunteer: bool = False
    camping_pitch: bool = False
    card_number: str = ""
    card_expiry: str = ""
    cvc: str = ""
