from dataclasses import dataclass, field
from datetime import date


@dataclass
class LeagueStanding:
    member_id: int
    angler_name: str
    section: str
    points: int = 0
    total_weight_grams: int = 0
    matches_fished: int = 0


@dataclass
class MatchReport:
    match_id: int
    venue_name: str
    winner_name: str
    winning_weight_grams: int
    winning_peg: int
    fish_count: int = 0
    published: date | None = None
    section_winners: list[str] = field(default_factory=list)


def format_weight(grams: int) -> str:
    pounds, ounces = divmod(round(grams / 28.3495), 16)
    return f"{pounds}lb {ounces}oz"
