"""Highway structures register: bridges, culverts and their inspection history."""
from enum import Enum, IntEnum

from sqlalchemy import (
    Boolean, Column, Date, Enum as SAEnum, Float, ForeignKey, Integer, Numeric, String, Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class InspectionType(Enum):
    GENERAL = "general"
    PRINCIPAL = "principal"
    SPECIAL = "special"
    ACCEPTANCE = "acceptance"


class Severity(IntEnum):
    MINOR = 1
    MODERATE = 2
    SEVERE = 3
    CRITICAL = 4


class Structure(Base):
    __tablename__ = "structures"

    id = Column(Integer, primary_key=True)
    asset_ref = Column(String(12), unique=True, nullable=False)
    name = Column(String(120))
    road = Column(String(20))
    os_grid_ref = Column(String(14))
    latitude = Column(Float)
    longitude = Column(Float)
    structure_type = Column(String(20))
    material = Column(String(30))
    span_m = Column(Numeric(6, 2))
    year_built = Column(Integer)
    owner = Column(String(80), default="County Highways")
    listed = Column(Boolean, default=False)
    weight_limit_t = Column(Numeric(4, 1))

    inspections = relationship("Inspection", back_populates="structure")


class Inspection(Base):
    __tablename__ = "inspections"

    id = Column(Integer, primary_key=True)
    structure_id = Column(Integer, ForeignKey("structures.id"), nullable=False)
    inspection_type = Column(SAEnum(InspectionType), nullable=False)
    inspected_on = Column(Date, nullable=False)
    inspector_id = Column(Integer, ForeignKey("staff.id"))
    inspector_name = Column(String(120))
    bci_average = Column(Numeric(5, 2))
    bci_critical = Column(Numeric(5, 2))
    access_method = Column(String(40))
    report_path = Column(String(255))
    next_due = Column(Date)

    structure = relationship("Structure", back_populates="inspections")


class Defect(Base):
    __tablename__ = "defects"

    id = Column(Integer, primary_key=True)
    inspection_id = Column(Integer, ForeignKey("inspections.id"), nullable=False)
    element = Column(String(60))
    severity = Column(Integer)
    extent = Column(String(1))
    description = Column(Text)
    photo_url = Column(String(255))
    remedial_action = Column(Text)
    estimated_cost = Column(Numeric(10, 2))


class Contractor(Base):
    __tablename__ = "contractors"

    id = Column(Integer, primary_key=True)
    company_name = Column(String(120), nullable=False)
    contact_email = Column(String(254))
    phone = Column(String(20))
    address = Column(Text)
    vat_number = Column(String(14))
    insurance_expiry = Column(Date)
    account_manager = Column(String(120))
