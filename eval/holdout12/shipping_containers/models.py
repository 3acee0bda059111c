import enum

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class ContainerType(enum.Enum):
    DRY_20 = "22G1"
    DRY_40 = "42G1"
    HIGH_CUBE_40 = "45G1"
    REEFER_40 = "45R1"
    OPEN_TOP_20 = "22U1"


class Condition(enum.Enum):
    SOUND = "sound"
    DAMAGED = "damaged"
    IN_REPAIR = "in_repair"
    SCRAPPED = "scrapped"


class Depot(Base):
    __tablename__ = "depots"

    id = Column(Integer, primary_key=True)
    unlocode = Column(String(5), nullable=False)
    name = Column(String(120))
    address = Column(Text)
    latitude = Column(Numeric(9, 6))
    longitude = Column(Numeric(9, 6))
    contact_email = Column(String(200))
    gate_phone = Column(String(20))
    capacity_teu = Column(Integer)


class Container(Base):
    __tablename__ = "containers"

    id = Column(Integer, primary_key=True)
    number = Column(String(11), unique=True, nullable=False)
    iso_type = Column(Enum(ContainerType))
    tare_kg = Column(Integer)
    max_gross_kg = Column(Integer)
    built_year = Column(Integer)
    age_years = Column(Integer)
    condition = Column(Enum(Condition), default=Condition.SOUND)
    owner_code = Column(String(4))
    current_depot_id = Column(ForeignKey("depots.id"))
    on_hire = Column(Boolean, default=False)
    tracker_imei = Column(String(15))

    current_depot = relationship("Depot")


class Move(Base):
    __tablename__ = "moves"

    id = Column(Integer, primary_key=True)
    container_id = Column(ForeignKey("containers.id"), nullable=False)
    event = Column(String(20))
    at = Column(DateTime)
    depot_id = Column(ForeignKey("depots.id"))
    vessel_imo = Column(String(10))
    voyage = Column(String(12))
    seal_number = Column(String(20))
    haulier_name = Column(String(120))
    truck_registration = Column(String(10))
    driver_name = Column(String(120))
    gate_clerk = Column(String(40))


class RepairEstimate(Base):
    __tablename__ = "repair_estimates"

    id = Column(Integer, primary_key=True)
    container_id = Column(ForeignKey("containers.id"))
    surveyor = Column(String(120))
    damage_code = Column(String(8))
    labour_hours = Column(Numeric(5, 2))
    parts_cost = Column(Numeric(10, 2))
    photos_url = Column(String(300))
    approved = Column(Boolean, default=False)
