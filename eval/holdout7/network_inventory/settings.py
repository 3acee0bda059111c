from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class CollectorSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NETINV_")

    database_url: str = "postgresql://netinv@db/netinv"
    snmp_community: SecretStr
    ssh_username: str = "svc-netinv"
    service_password: SecretStr
    poll_interval_seconds: int = 300
    lease_retention_days: int = 14
    alert_email: str = "noc@example.ac.uk"
    oncall_pager_number: str = "+44 20 7946 0000"
