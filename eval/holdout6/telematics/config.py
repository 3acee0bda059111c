from __future__ import annotations

import attrs


@attrs.frozen
class MqttConfig:
    broker_host: str
    port: int = 8883
    username: str = "telematics-ingest"
    password: str = attrs.field(default="", repr=False)
    client_id: str = "ingest-1"
    tls_ca_path: str | None = None
    topic_prefix: str = "fleet/+/telemetry"
    qos: int = 1


@attrs.frozen
class RetentionPolicy:
    raw_fix_days: int = 30
    harsh_event_days: int = 365
    aggregate_only_after_days: int = 30
