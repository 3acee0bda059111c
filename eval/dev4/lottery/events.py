"""Society lottery: player accounts, tickets, draws and prize payments (TypedDict / NamedTuple)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, NamedTuple, TypedDict


class PlayerAccount(TypedDict):
    player_id: str
    forename: str
    surname: str
    date_of_birth: str
    email: str
    mobile: str
    postcode: str
    age_verified: bool
    monthly_deposit_limit: int
    self_excluded_until: str | None
    last_played_at: str | None
    promo_sms: bool


class TicketBought(TypedDict):
    ticket_id: str
    player_id: str
    draw_id: str
    numbers: list[int]
    price_pence: int
    channel: Literal["web", "app", "retail"]
    bought_at: str


class Draw(NamedTuple):
    draw_id: str
    draw_date: date
    jackpot_pence: int
    winning_numbers: tuple[int, ...]
    tickets_sold: int


class PrizeWinner(NamedTuple):
    winner_id: str
    winner_name: str
    winner_town: str
    prize_pence: int
    paid_to_sort_code: str
    paid_to_account_number: str
    publicity_agreed: bool
    claimed_at: datetime


class Retailer(TypedDict):
    retailer_id: str
    shop_name: str
    address: str
    postcode: str
    phone: str
    owner_name: str
    commission_rate: float


class GoodCause(TypedDict):
    charity_name: str
    charity_number: str
    contact_email: str
    households_helped: int
    amount_raised_pence: int
