"""Client playback events as decoded from the ingest queue."""
from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional


@dataclass(frozen=True)
class ClientContext:
    app_version: str
    os_name: str
    os_version: str
    device_model: str
    user_agent: str
    install_id: str
    locale: str = "en-GB"


@dataclass
class PlaybackEvent:
    event_id: str
    user_id: str
    track_id: int
    position_ms: int
    action: str  # play, pause, seek, skip
    occurred_at: datetime
    session_id: str
    client: ClientContext
    client_ip: Optional[str] = None
    connected_speaker: Optional[str] = None
    geo_city: Optional[str] = None


@dataclass
class IngestConfig:
    queue_url: str
    batch_size: int = 500
    dead_letter_queue: str = "playback-dlq"
    warehouse_dsn: str = "postgresql://ingest@warehouse/plays"
    drop_ip_after_days: int = 30
    sampled_fields: list[str] = field(default_factory=lambda: ["position_ms", "action"])
