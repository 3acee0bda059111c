from typing import NamedTuple, Optional


class LegResult(NamedTuple):
    leg_no: int
    winner: str
    loser: str
    darts: int
    checkout: Optional[int] = None


class LeagueTableRow(NamedTuple):
    position: int
    team: str
    played: int
    won: int
    lost: int
    legs_for: int
    legs_against: int
    points: int


class AveragesRow(NamedTuple):
    player_name: str
    team: str
    legs_played: int
    three_dart_average: float
    one_eighties: int
    best_checkout: int
