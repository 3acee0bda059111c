from dataclasses import dataclass, field


@dataclass
class TeamStanding:
    position: int
    team_name: str
    points_won: int
    points_lost: int
    pins_scratch: int
    pins_handicap: int


@dataclass(frozen=True)
class BowlerAverageRow:
    bowler_name: str
    team_name: str
    games: int
    average: float
    high_game: int
    high_series: int
    handicap: int


@dataclass
class WeeklySheet:
    league_name: str
    week: int
    lane_pairs: list[tuple[int, int]] = field(default_factory=list)
    absentees: list[str] = field(default_factory=list)
    notes: str = ""
