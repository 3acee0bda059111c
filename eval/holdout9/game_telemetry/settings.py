from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TELEMETRY_")

    kinesis_stream: str = "game-events"
    aws_region: str = "eu-west-1"
    batch_size: int = Field(500, ge=1, le=10_000)
    flush_interval_s: float = 2.0
    sampling_rate: float = 1.0
    geoip_db_path: str = "/srv/geoip/GeoLite2-Country.mmdb"
    ip_truncate_bits: int = 8
    ad_network_api_key: SecretStr
    player_id_salt: SecretStr
