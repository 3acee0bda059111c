from datetime import date
from decimal import Decimal

from sqlmodel import Field, SQLModel


class Practitioner(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    core_of_knowledge_cert: str | None = None
    laser_protection_supervisor: bool = False


class Tattoo(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id")
    body_site: str
    size_cm2: float
    ink_colours: str
    age_years: int | None = None
    professional: bool = True
    before_photo: str | None = None


class Treatment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    tattoo_id: int = Field(foreign_key="tattoo.id")
    practitioner_id: int = Field(foreign_key="practitioner.id")
    session_number: int
    laser_wavelength_nm: int
    fluence_j_cm2: float
    spot_size_mm: float
    pain_score: int | None = Field(default=None, ge=0, le=10)
    blistering: bool = False
    price: Decimal = Field(max_digits=7, decimal_places=2)
