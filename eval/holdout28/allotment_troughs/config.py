import attrs
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


@attrs.frozen
class Thresholds:
    leak_litres_per_hour: float = 40.0
    frost_warning_c: float = 1.0
    max_days_between_cleans: int = 60
    min_trough_level_pct: int = 20


class TroughSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TROUGHS_")

    water_api_base: str = "https://api.example-water.co.uk/v2"
    water_api_username: str = "allotment-federation"
    service_password: SecretStr
    meter_poll_minutes: int = 60
    alerts_from: str = "water@example-allotments.org.uk"
    usage_report_day: int = 1
    season_start_month: int = 3
