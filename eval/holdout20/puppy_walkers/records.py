from datetime import date, datetime
from typing import NamedTuple, TypedDict


class WalkLogEntry(NamedTuple):
    """One walk uploaded from the walker's phone app."""

    puppy_id: int
    walked_at: datetime
    duration_min: int
    route_points: list[tuple[float, float]]
    environment: str


class Placement(NamedTuple):
    puppy_name: str
    walker_name: str
    walker_town: str
    from_date: date
    to_date: date | None = None


SupervisorVisit = TypedDict(
    "SupervisorVisit",
    {
        "walker_id": int,
        "visited_on": str,
        "supervisor": str,
        "home_environment_ok": bool,
        "notes": str,
    },
)

MatchRequest = TypedDict(
    "MatchRequest",
    {"region": str, "breed_preference": str, "can_take_older_pup": bool, "start_after": str},
    total=False,
)
