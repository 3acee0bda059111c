from typing import List, Optional, TypedDict


class ExportRow(TypedDict):
    date: str
    flow: str
    symptoms: List[str]
    temperature: Optional[float]
    notes: str


class ReminderSettings(TypedDict, total=False):
    period_due: bool
    pill_time: str
    channel: str


SyncPayload = TypedDict(
    "SyncPayload",
    {
        "device_id": str,
        "app_version": str,
        "push_token": Optional[str],
        "last_sync": Optional[str],
        "entries": List[ExportRow],
    },
)
