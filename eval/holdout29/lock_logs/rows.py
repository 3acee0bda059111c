from datetime import datetime
from enum import Enum, IntEnum
from typing import NamedTuple


class Direction(Enum):
    UPSTREAM = "up"
    DOWNSTREAM = "down"


class PaddleState(IntEnum):
    CLOSED = 0
    HALF = 1
    OPEN = 2


class PassageRow(NamedTuple):
    """One line of the paper log sheet as keyed in at the end of a shift."""

    lock_code: str
    passed_at: datetime
    direction: Direction
    boat_index_number: str
    craft_length_m: float
    keeper_initials: str


class IncidentNote(NamedTuple):
    lock_code: str
    occurred_at: datetime
    category: str
    description: str
    reported_by: str
