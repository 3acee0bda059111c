from pydantic import AnyUrl, IPvAnyAddress, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ScadaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SCADA_")

    modbus_host: IPvAnyAddress
    modbus_port: int = 502
    historian_url: AnyUrl
    historian_password: SecretStr
    opcua_username: str = "scada-reader"
    opcua_password: SecretStr
    poll_interval_s: float = 5.0
    alarm_sms_api_key: SecretStr
    site_timezone: str = "Europe/London"
