from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class AssistSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PRM_")

    airport_iata: str = "MAN"
    airline_feed_url: AnyHttpUrl
    airline_feed_token: SecretStr
    sms_sender_id: str = "MANAssist"
    sms_auth_token: SecretStr
    default_template_name: str = "booking_confirmed"
    advance_notice_hours: int = 48
