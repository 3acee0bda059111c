from datetime import date

from sqlmodel import SQLModel


class PassengerCreate(SQLModel):
    email: str
    password: str
    first_name: str
    last_name: str
    date_of_birth: date | None = None


class PassengerRead(SQLModel):
    id: int
    email: str
    first_name: str
    last_name: str
    is_active: bool


class RenewalRequest(SQLModel):
    ticket_id: int
    payment_method_id: str
    delivery_address: str | None = None
    auto_renew: bool = False


class DelayRepayClaim(SQLModel):
    ticket_id: int
    journey_date: date
    departure_station: str
    arrival_station: str
    delay_minutes: int
    payout_sort_code: str | None = None
    payout_account_number: str | None = None
