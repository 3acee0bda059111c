from sqlmodel import Field, SQLModel


class BookingBase(SQLModel):
    breakfast_id: int = Field(foreign_key="breakfast.id")
    member_id: int = Field(foreign_key="member.id")
    guests: int = Field(default=0, ge=0, le=3)


class Booking(BookingBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    attended: bool | None = None
    paid: bool = False


class BookingCreate(BookingBase):
    lift_from_postcode: str | None = None
    notes_for_driver: str | None = Field(default=None, max_length=300)
    earliest_pickup: str | None = None


class MemberRead(SQLModel):
    id: int
    first_name: str
    last_name: str
    service_branch: str | None
    rank_on_discharge: str | None
