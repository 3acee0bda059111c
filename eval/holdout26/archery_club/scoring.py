from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import TypedDict

from attrs import define, field


class RoundType(Enum):
    PORTSMOUTH = "portsmouth"
    WA_18 = "wa18"
    WA_70 = "wa70"
    NATIONAL = "national"
    YORK = "york"


class ScoreSubmission(TypedDict):
    archer_number: str
    round: str
    shot_on: str
    arrows: list[int]
    total: int
    hits: int
    golds: int
    witness_name: str


class HandicapUpdate(TypedDict, total=False):
    archer_number: str
    old_handicap: int
    new_handicap: int
    classification_earned: str


@define
class TournamentEntry:
    archer_number: str
    tournament: str
    round: RoundType
    entry_fee_pence: int
    target_allocation: str | None = None
    para_archer: bool = False
    club_name: str = ""
    notes: str = field(default="")
