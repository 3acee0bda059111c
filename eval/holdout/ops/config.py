"""Typed configuration sections for the platform services, loaded from YAML at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class HttpConfig:
    host: str = "0.0.0.0"
    port: int = 8080
    workers: int = 4
    keepalive_seconds: int = 5
    max_body_bytes: int = 10 * 1024 * 1024
    trusted_proxies: tuple[str, ...] = ("10.0.0.0/8",)
    forwarded_allow_ips: str = "*"
    ip_allowlist_enabled: bool = False
    cors_max_age_seconds: int = 600


@dataclass(frozen=True)
class SessionConfig:
    cookie_name: str = "sid"
    cookie_domain: str | None = None
    max_age_seconds: int = 1_209_600
    secure: bool = True
    same_site: str = "lax"
    rotate_on_login: bool = True
    idle_timeout_minutes: int = 30


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 12
    require_digit: bool = True
    require_symbol: bool = False
    max_failed_attempts: int = 5
    lockout_minutes: int = 15
    hash_algorithm: str = "argon2id"
    reset_token_ttl_minutes: int = 30
    api_secret_rotation_days: int = 90


@dataclass(frozen=True)
class MailConfig:
    smtp_host: str = "localhost"
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = ""
    from_address: str = "no-reply@example.com"
    reply_to: str = "support@example.com"
    sender_email_template_id: str = "tmpl-default"
    bounce_webhook_path: str = "/hooks/bounce"
    daily_send_limit: int = 50_000


@dataclass(frozen=True)
class SmsConfig:
    provider: str = "twilio"
    account_sid: str = ""
    auth_token: str = ""
    sender_id: str = "ACME"
    default_region: str = "GB"
    phone_number_max_length: int = 15


@dataclass(frozen=True)
class RetentionPolicy:
    access_logs_days: int = 30
    ip_address_days: int = 7
    deleted_account_grace_days: int = 30
    chat_messages_days: int = 365
    anonymise_instead_of_delete: bool = True
    legal_hold: bool = False


@dataclass(frozen=True)
class GeoConfig:
    geoip_db: str = "GeoLite2-City.mmdb"
    precision_decimals: int = 2
    default_timezone: str = "UTC"
    address_line_count: int = 3
    postcode_lookup_api_key: str = ""
    geo_fence_radius_m: int = 200


@dataclass(frozen=True)
class FeatureFlags:
    birthday_campaign_enabled: bool = False
    gender_neutral_pricing: bool = True
    new_checkout: bool = False
    referral_programme: bool = False
    show_ethnicity_question: bool = False
    collect_marketing_consent: bool = True


@dataclass(frozen=True)
class ObservabilityConfig:
    log_level: str = "INFO"
    log_format: str = "json"
    sample_rate: float = 0.1
    redact_fields: tuple[str, ...] = ("password", "email", "phone")
    user_agent_parser_version: str = "2024.1"
    metrics_namespace: str = "platform"
    trace_exporter_endpoint: str = "http://otel-collector:4317"


@dataclass
class AppConfig:
    name: str = "platform"
    environment: str = "production"
    http: HttpConfig = field(default_factory=HttpConfig)
    session: SessionConfig = field(default_factory=SessionConfig)
    passwords: PasswordPolicy = field(default_factory=PasswordPolicy)
    mail: MailConfig = field(default_factory=MailConfig)
    sms: SmsConfig = field(default_factory=SmsConfig)
    retention: RetentionPolicy = field(default_factory=RetentionPolicy)
    geo: GeoConfig = field(default_factory=GeoConfig)
    flags: FeatureFlags = field(default_factory=FeatureFlags)
    observability: ObservabilityConfig = field(default_factory=ObservabilityConfig)
    admin_contact: str = "platform-team@example.com"
