from dataclasses import dataclass, field
from datetime import date


@dataclass
class Referee:
    name: str
    phone: str
    years_known: int
    reference_text: str = ""


@dataclass
class HomeStudySection:
    heading: str
    body: str
    author_id: int


@dataclass
class LetterboxExchange:
    child_id: int
    from_birth_family: bool
    sent_on: date
    letter_text: str
    photos_enclosed: int = 0
    redacted: bool = False


@dataclass(frozen=True)
class PanelSummary:
    panel_date: date
    cases_heard: int
    approvals: int
    chair: str
    venue: str = "County Hall"
    agenda_items: list[str] = field(default_factory=list)
