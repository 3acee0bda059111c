from typing import NamedTuple, TypedDict


class PlayerProfile(TypedDict):
    player_id: str
    display_name: str
    country: str
    age_band: str
    first_seen: str
    last_seen: str
    total_sessions: int
    highest_level: int
    payer_segment: str  # non_payer / minnow / dolphin / whale
    churn_risk: float
    gems: int


class LeaderboardEntry(NamedTuple):
    rank: int
    display_name: str
    score: int
    avatar_skin: str


CrashReport = TypedDict(
    "CrashReport",
    {
        "build": str,
        "stacktrace": str,
        "device_model": str,
        "os_version": str,
        "free_memory_mb": int,
        "install_id": str,
    },
)
