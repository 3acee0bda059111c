from datetime import date

from sqlmodel import Field, SQLModel


class LaserDevice(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    model: str
    serial_number: str = Field(unique=True)
    last_calibrated: date | None = None
    service_contact_email: str | None = None
    service_password: str | None = None
