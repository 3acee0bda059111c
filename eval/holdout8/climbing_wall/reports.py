from dataclasses import dataclass, field
from datetime import date
from typing import Optional


@dataclass(frozen=True)
class DailyOccupancy:
    day: date
    checkins: int
    peak_count: int
    peak_hour: int
    juniors: int = 0


@dataclass
class MemberMonthSummary:
    """Body of the monthly 'your climbing' e-mail."""

    member_id: int
    first_name: str
    email: str
    visits: int
    routes_logged: int
    hardest_grade: Optional[str] = None
    favourite_wall: Optional[str] = None
    new_routes_on_your_walls: list[str] = field(default_factory=list)


@dataclass
class SetterWorkload:
    setter: str
    routes_set: int
    walls: list[str] = field(default_factory=list)
