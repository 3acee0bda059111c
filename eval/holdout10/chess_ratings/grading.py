from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class RatingChange(NamedTuple):
    player_id: int
    old: int
    new: int
    k_factor: int = 20


@dataclass
class EntryForm:
    name: str
    email: str
    section: str
    fide_id: str | None = None
    date_of_birth: date | None = None
    byes: list[int] = field(default_factory=list)
    accessibility_needs: str = ""
    paid: bool = False
