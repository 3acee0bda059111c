"""Pydantic v2 request/response schemas of a SaaS API (evaluation corpus)."""

from datetime import datetime
from decimal import Decimal
from ipaddress import IPv4Address
from typing import Literal, Optional

from pydantic import BaseModel, EmailStr, Field, HttpUrl, SecretStr


class UserCreate(BaseModel):
    email: EmailStr
    password: SecretStr
    password_confirm: SecretStr
    display_name: str
    timezone: str = "UTC"
    accept_terms: bool
    referral_code: Optional[str] = None


class UserOut(BaseModel):
    id: int
    email: EmailStr
    display_name: str
    is_active: bool
    date_joined: datetime
    avatar_url: Optional[HttpUrl] = None


class LoginRequest(BaseModel):
    username: str
    password: SecretStr
    remember_me: bool = False
    otp_code: Optional[str] = None


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int


class PasswordReset(BaseModel):
    email: EmailStr
    password_reset_token: str
    new_password: SecretStr


class SessionInfo(BaseModel):
    session_id: str
    ip: IPv4Address
    user_agent: str
    device_id: Optional[str] = None
    started_at: datetime
    country: Optional[str] = None


class BillingProfile(BaseModel):
    account_id: int
    iban: str
    bic: str
    vat_number: Optional[str] = None
    billing_address: str
    billing_email: EmailStr
    balance: Decimal
    plan: Literal["free", "pro", "team"]
    invoice_count: int
    currency: str = "EUR"


class Invoice(BaseModel):
    number: str
    amount: Decimal
    issued_at: datetime
    pdf_url: HttpUrl
    payment_history: list[str] = []


class WebhookConfig(BaseModel):
    url: HttpUrl
    secret: SecretStr
    events: list[str]
    enabled: bool = True
    retry_count: int = 3
    api_key: str


class NotificationSettings(BaseModel):
    email_notifications: bool = True
    email_template: str = "default"
    email_digest_frequency: str = "weekly"
    push_enabled: bool = False
    sms_opt_out: bool = False


class ContactForm(BaseModel):
    name: str
    email: EmailStr
    message: str = Field(max_length=2000)
    subject: str
    phone: Optional[str] = None
    company: Optional[str] = None


class SearchQuery(BaseModel):
    q: str
    page: int = 1
    page_size: int = 20
    sort: str = "relevance"
    language: str = "en"
    format: str = "json"
