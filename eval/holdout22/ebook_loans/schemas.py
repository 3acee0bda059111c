from datetime import date
from typing import Optional

from sqlmodel import SQLModel


class PatronLogin(SQLModel):
    library_card_number: str
    pin: str


class AccessToken(SQLModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = 3600


class PatronRead(SQLModel):
    id: int
    display_name: str
    home_branch: str
    fines_owed: float
    active_loans: int
    holds: int


class LoanRead(SQLModel):
    title: str
    author: str
    borrowed_on: date
    due_on: date
    download_url: Optional[str] = None


class ReadingHistoryEntry(SQLModel):
    title: str
    author: str
    finished_on: Optional[date] = None
    rating: Optional[int] = None
    review: Optional[str] = None


class RecommendationRead(SQLModel):
    title_id: int
    title: str
    because_you_read: str
    score: float
