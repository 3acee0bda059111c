from typing import Optional

from pydantic import BaseModel, EmailStr, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class NetworkSupplier(BaseModel):
    name: str = Field(..., max_length=120)
    contact_email: EmailStr
    phone: str
    address: str
    account_manager: Optional[str] = Field(None, description="Named contact at the supplier")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DMA_", env_file=".env")

    mqtt_host: str = "lns.internal"
    mqtt_username: str = "dma-ingest"
    mqtt_password: SecretStr
    lns_api_token: SecretStr
    timescale_dsn: str
    leak_threshold_m3: float = 2.5
    alert_email: str = "network-ops@water.example"
    supplier: Optional[NetworkSupplier] = None
