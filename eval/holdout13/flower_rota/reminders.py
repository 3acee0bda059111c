from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import NamedTuple, Optional


class ReminderChannel(Enum):
    EMAIL = "email"
    SMS = "sms"
    POST = "post"


class RotaReminder(NamedTuple):
    volunteer_name: str
    send_to: str
    channel: ReminderChannel
    sunday: date
    role: str
    key_holder_phone: str


@dataclass
class SwapRequest:
    requested_by: int
    slot_id: int
    cover_volunteer: Optional[int] = None
    reason: str = ""
