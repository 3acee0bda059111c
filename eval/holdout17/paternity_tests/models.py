from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class TestCase(SQLModel, table=True):
    __tablename__ = "cases"

    id: Optional[int] = Field(default=None, primary_key=True)
    order_ref: str = Field(index=True, unique=True, max_length=12)
    purchaser_name: str = Field(max_length=120)
    purchaser_email: str = Field(max_length=254)
    purchaser_phone: Optional[str] = Field(default=None, max_length=20)
    legal_chain_of_custody: bool = False
    court_reference: Optional[str] = Field(default=None, max_length=30)
    status: str = Field(default="awaiting_kit", max_length=20)
    price: Decimal = Field(max_digits=7, decimal_places=2)
    placed_at: datetime = Field(default_factory=datetime.utcnow)

    participants: list["Participant"] = Relationship(back_populates="case")
    result: Optional["Result"] = Relationship(back_populates="case")


class Participant(SQLModel, table=True):
    __tablename__ = "participants"

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id")
    role: str = Field(max_length=20)
    first_name: str = Field(max_length=60)
    last_name: str = Field(max_length=60)
    date_of_birth: date
    sex: str = Field(max_length=1)
    id_document_type: Optional[str] = Field(default=None, max_length=20)
    id_document_number: Optional[str] = Field(default=None, max_length=30)
    photo_path: Optional[str] = None
    sample_barcode: Optional[str] = Field(default=None, max_length=16)
    collected_at: Optional[datetime] = None
    consent_signature: Optional[bytes] = None

    case: TestCase = Relationship(back_populates="participants")


class Result(SQLModel, table=True):
    __tablename__ = "results"

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", unique=True)
    combined_paternity_index: float
    probability_of_paternity: float
    conclusion: str = Field(max_length=20)
    str_profile_json: str
    reported_at: datetime = Field(default_factory=datetime.utcnow)
    released_to_email: Optional[str] = None

    case: TestCase = Relationship(back_populates="result")


class OrderCreate(SQLModel):
    purchaser_name: str
    purchaser_email: str
    purchaser_phone: Optional[str] = None
    legal_chain_of_custody: bool = False
    participants_count: int = Field(default=2, ge=2, le=4)
    kit_delivery_address: str


class ResultOut(SQLModel):
    order_ref: str
    conclusion: str
    probability_of_paternity: float
    reported_at: datetime
