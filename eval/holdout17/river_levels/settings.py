from pydantic_settings import BaseSettings, SettingsConfigDict


class HydroSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HYDRO_")

    mqtt_host: str = "telemetry.internal"
    mqtt_username: str = "gauges"
    mqtt_password: str = ""
    sms_gateway_token: str = ""
    readings_table: str = "readings_15min"
    stale_after_minutes: int = 45
