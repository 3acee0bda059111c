from typing import Optional

from sqlmodel import Field, SQLModel

from .models import MemberBase


class MemberPublic(MemberBase):
    membership_number: str


class MemberCreate(MemberBase):
    email: str
    phone: Optional[str] = None
    address_line1: str
    town: str
    postcode: str
    country: str = "United Kingdom"
    journal_by_post: bool = True
    password: str = Field(min_length=10)


class MemberUpdate(SQLModel):
    email: Optional[str] = None
    phone: Optional[str] = None
    new_password: Optional[str] = Field(default=None, min_length=10)


class CirculationSlip(SQLModel):
    packet_label: str
    send_to_name: str
    send_to_address: str
    post_by: str
