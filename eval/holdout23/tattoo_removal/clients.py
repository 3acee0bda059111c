from datetime import date, datetime

from sqlmodel import Field, SQLModel


class ClientBase(SQLModel):
    first_name: str = Field(max_length=60)
    last_name: str = Field(max_length=60)
    email: str = Field(index=True)
    mobile: str
    date_of_birth: date
    fitzpatrick_type: int = Field(ge=1, le=6)


class Client(ClientBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    photo_id_checked: bool = False
    keloid_history: bool = False
    on_isotretinoin: bool = False
    pregnant: bool = False
    marketing_sms: bool = False
    created_at: datetime = Field(default_factory=datetime.utcnow)


class ClientCreate(ClientBase):
    consent_signature: str


class ClientRead(ClientBase):
    id: int


class Appointment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id")
    starts_at: datetime
    room: str = "1"
    deposit_paid: bool = False
    no_show: bool = False
    reminder_sent: bool = False


class AftercareMessage(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id")
    sent_at: datetime
    channel: str = "sms"
    body: str
