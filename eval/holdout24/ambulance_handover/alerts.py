from enum import IntEnum
from typing import TypedDict


class EscalationLevel(IntEnum):
    OPEL_1 = 1
    OPEL_2 = 2
    OPEL_3 = 3
    OPEL_4 = 4


class EscalationMessage(TypedDict, total=False):
    hospital_code: str
    level: int
    raised_by: str
    message: str
    sent_to: list[str]
