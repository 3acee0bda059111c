from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Title(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    isbn: str = Field(index=True, max_length=13)
    title: str
    author: str
    publisher: str
    licence_model: str = "one_copy_one_user"  # or "metered_26", "simultaneous"
    copies_owned: int = 1
    checkouts_remaining: Optional[int] = None
    audience: str = "adult"


class Patron(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    library_card_number: str = Field(unique=True, max_length=14)
    pin: str = Field(max_length=6)
    display_name: str
    email: Optional[str] = None
    home_branch: str
    birth_year: Optional[int] = None
    fines_owed: float = 0.0
    blocked: bool = False
    reading_history_enabled: bool = False
    created_at: datetime = Field(default_factory=datetime.utcnow)

    loans: list["Loan"] = Relationship(back_populates="patron")


class Loan(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    patron_id: int = Field(foreign_key="patron.id")
    title_id: int = Field(foreign_key="title.id")
    borrowed_on: date
    due_on: date
    returned_on: Optional[date] = None
    format: str = "epub"
    reader_device_id: Optional[str] = None
    last_position_percent: Optional[float] = None

    patron: Optional[Patron] = Relationship(back_populates="loans")


class Hold(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    patron_id: int = Field(foreign_key="patron.id")
    title_id: int = Field(foreign_key="title.id")
    placed_at: datetime
    queue_position: int
    notify_by_email: bool = True
