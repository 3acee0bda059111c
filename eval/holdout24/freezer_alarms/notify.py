from typing import TypedDict

from pydantic import BaseModel

SmsMessage = TypedDict("SmsMessage", {"to": str, "body": str, "sender_id": str})

WebhookPayload = TypedDict(
    "WebhookPayload",
    {
        "asset_id": str,
        "state": str,
        "temp_c": float,
        "raised_at": str,
        "dashboard_url": str,
    },
)


class EscalationPolicy(BaseModel):
    name: str
    first_wait_minutes: int = 5
    repeat_every_minutes: int = 15
    max_repeats: int = 6
    call_after_minutes: int = 30
