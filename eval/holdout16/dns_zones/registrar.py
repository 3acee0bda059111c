from dataclasses import dataclass
from datetime import date
from typing import Optional

from pydantic_settings import BaseSettings, SettingsConfigDict


@dataclass
class RegistrantContact:
    handle: str
    name: str
    organisation: Optional[str]
    email: str
    phone: str
    street: str
    city: str
    postcode: str
    country_code: str
    privacy_proxy: bool = True


@dataclass
class DomainRegistration:
    domain: str
    registrant_handle: str
    registered_on: date
    expires_on: date
    auto_renew: bool = True
    auth_code: Optional[str] = None


class ProviderSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DNS_")

    registry_epp_host: str = "epp.registry.example"
    registry_epp_password: str = ""
    route53_access_key_id: str = ""
    route53_secret_access_key: str = ""
    cloudflare_api_token: str = ""
    template_name: str = "default-zone"
