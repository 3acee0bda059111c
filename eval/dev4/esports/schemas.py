"""Esports club API schemas and settings (Pydantic v2 + pydantic-settings)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, EmailStr, HttpUrl, SecretStr
from pydantic_settings import BaseSettings


class Team(BaseModel):
    name: str
    tag: str
    age_group: Literal["u16", "u18", "open"]
    region: str
    contact_email: EmailStr
    logo_url: HttpUrl | None = None
    founded: date | None = None


class Player(BaseModel):
    gamer_tag: str
    real_name: str
    date_of_birth: date
    country: str
    discord_handle: str | None = None
    twitch_url: HttpUrl | None = None
    salary: Decimal | None = None
    strikes: int = 0
    muted_until: datetime | None = None
    banned: bool = False
    guardian_name: str | None = None
    guardian_email: EmailStr | None = None
    team: Team | None = None


class Coach(BaseModel):
    display_name: str
    email: EmailStr
    day_rate: Decimal
    dbs_number: str | None = None


class MatchResult(BaseModel):
    match_id: str
    home_team: str
    away_team: str
    home_score: int
    away_score: int
    mvp_player_id: str | None = None
    played_at: datetime


class PlayerSession(BaseModel):
    player_id: str
    last_login_at: datetime | None = None
    seconds_played: int = 0
    ip_address: str | None = None
    device_id: str | None = None


class Sponsor(BaseModel):
    company: str
    contact_email: EmailStr
    phone: str
    address: str
    deal_value: Decimal


class Payout(BaseModel):
    player_id: str
    payout_amount: Decimal
    iban: str
    tax_withheld: Decimal
    reason: Literal["prize", "bonus", "stipend"]


class ClubSettings(BaseSettings):
    discord_bot_token: SecretStr
    tournament_api_key: SecretStr
    smtp_username: str
    smtp_password: SecretStr
    admin_email: str
