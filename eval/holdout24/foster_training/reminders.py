from datetime import datetime
from enum import Enum

from attrs import define


class ReminderChannel(Enum):
    EMAIL = "email"
    SMS = "sms"
    LETTER = "letter"


@define
class ReminderJob:
    carer_ref: str
    channel: ReminderChannel
    to_address: str
    template_name: str
    send_after: datetime
    attempts: int = 0
