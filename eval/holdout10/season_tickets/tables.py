from datetime import date, datetime

from sqlmodel import Field, SQLModel


class EmployerScheme(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    company_name: str
    contact_email: str
    invoice_address: str
    max_loan_pence: int = 1_000_000


class Passenger(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True)
    hashed_password: str
    first_name: str
    last_name: str
    photo_key: str | None = None
    date_of_birth: date | None = None
    employer_scheme_id: int | None = Field(default=None, foreign_key="employerscheme.id")
    payroll_number: str | None = None
    is_active: bool = True
    created_at: datetime = Field(default_factory=datetime.utcnow)


class Ticket(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    passenger_id: int = Field(foreign_key="passenger.id", index=True)
    origin_crs: str = Field(max_length=3)
    destination_crs: str = Field(max_length=3)
    route_code: str = "00000"
    ticket_class: str = "standard"
    valid_from: date
    valid_to: date
    price_pence: int
    smartcard_number: str | None = Field(default=None, index=True)
    loan_balance_pence: int = 0


class GateTap(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    smartcard_number: str = Field(index=True)
    station_crs: str
    gate_id: str
    tapped_at: datetime
    direction: str
