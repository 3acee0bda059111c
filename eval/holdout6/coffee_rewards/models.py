from __future__ import annotations

from datetime import date, datetime, time

from sqlmodel import Field, Relationship, SQLModel


class Store(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    street: str
    city: str
    postcode: str
    latitude: float
    longitude: float
    opens_at: time
    closes_at: time
    accepts_mobile_orders: bool = True


class Member(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    external_uid: str = Field(index=True, unique=True)
    display_name: str
    email: str = Field(index=True)
    phone: str | None = None
    birthday: date | None = None
    favourite_drink: str | None = None
    points_balance: int = 0
    tier: str = "green"
    home_store_id: int | None = Field(default=None, foreign_key="store.id")
    push_token: str | None = None
    offers_opt_in: bool = False
    joined_at: datetime = Field(default_factory=datetime.utcnow)
    last_visit_at: datetime | None = None

    orders: list[Order] = Relationship(back_populates="member")


class PointsLedger(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    delta: int
    reason: str
    order_id: int | None = Field(default=None, foreign_key="order.id")
    created_at: datetime = Field(default_factory=datetime.utcnow)


class Order(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    member_id: int | None = Field(default=None, foreign_key="member.id")
    store_id: int = Field(foreign_key="store.id")
    total_pence: int
    items_json: str
    pickup_name: str
    status: str = "received"
    placed_at: datetime = Field(default_factory=datetime.utcnow)

    member: Member | None = Relationship(back_populates="orders")


class MemberInsight(SQLModel, table=True):
    member_id: int = Field(foreign_key="member.id", primary_key=True)
    top_category: str | None = None
    churn_risk: float = 0.0
    predicted_next_visit: date | None = None
    computed_at: datetime = Field(default_factory=datetime.utcnow)
    model_version: str = "v1"


class MemberRead(SQLModel):
    id: int
    display_name: str
    tier: str
    points_balance: int


class RedeemRequest(SQLModel):
    member_id: int
    reward_code: str
    store_id: int
