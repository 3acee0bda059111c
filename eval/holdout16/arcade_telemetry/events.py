from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, IntEnum
from typing import NamedTuple, Optional


class MachineState(Enum):
    IDLE = "idle"
    ATTRACT = "attract"
    IN_GAME = "in_game"
    TILT = "tilt"
    FAULT = "fault"


class FaultCode(IntEnum):
    COIN_JAM = 10
    TICKET_EMPTY = 20
    DOOR_OPEN = 30
    OVERHEAT = 40


class CoinEvent(NamedTuple):
    machine_serial: str
    ts: datetime
    denomination_p: int
    credits: int


@dataclass
class GameSession:
    machine_serial: str
    started_at: datetime
    ended_at: Optional[datetime] = None
    score: int = 0
    continues: int = 0
    difficulty: int = 3
    tickets_paid: int = 0
    player_card: Optional[str] = None
    initials: Optional[str] = None


@dataclass
class StatePacket:
    machine_serial: str
    state: MachineState
    cabinet_temp_c: float
    uptime_s: int
    usage: dict[str, int] = field(default_factory=dict)
    fault: Optional[FaultCode] = None
