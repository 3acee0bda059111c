from pydantic_settings import BaseSettings


class FhrsSettings(BaseSettings):
    fsa_api_url: str = "https://api.ratings.food.gov.uk"
    fsa_api_version: int = 2
    upload_username: str = "la-412"
    upload_password: str = ""
    local_authority_code: str = "412"
    publish_delay_days: int = 21
