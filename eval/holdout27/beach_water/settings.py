from pydantic import BaseModel, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BATHING_")

    lims_api_url: str = "https://lims.example.gov.uk/api"
    lims_api_key: SecretStr
    sms_gateway_token: SecretStr = SecretStr("")
    alert_distribution_email: str = "bathing-water@example.gov.uk"
    met_office_key: SecretStr = SecretStr("")
    ea_feed_url: str = "https://environment.data.gov.uk/doc/bathing-water.json"
    admin_password: SecretStr = SecretStr("")
    duty_officer_phone: str = "01632 960000"


class LabContact(BaseModel):
    lab_name: str
    contact_name: str
    contact_email: str
    phone: str
    address: str
    ukas_accreditation_no: str
