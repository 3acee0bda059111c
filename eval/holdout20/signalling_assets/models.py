from sqlalchemy import Column, DateTime, Float, ForeignKey, Integer, SmallInteger, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Route(Base):
    __tablename__ = "routes"

    id = Column(Integer, primary_key=True)
    code = Column(String(8), unique=True, nullable=False)
    name = Column(String(80), nullable=False)
    region = Column(String(40))


class Depot(Base):
    __tablename__ = "depots"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    address = Column(Text)
    postcode = Column(String(8))
    phone = Column(String(20))
    latitude = Column(Float)
    longitude = Column(Float)


class Staff(Base):
    """Signalling maintenance technicians."""

    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    employee_number = Column(String(10), unique=True)
    sentinel_number = Column(String(12), unique=True)
    depot_id = Column(Integer, ForeignKey("depots.id"))
    competences = Column(Text)
    phone = Column(String(20))


class Asset(Base):
    __tablename__ = "assets"

    id = Column(Integer, primary_key=True)
    asset_number = Column(String(20), unique=True, nullable=False)
    kind = Column(String(30), nullable=False)
    route_id = Column(Integer, ForeignKey("routes.id"))
    elr = Column(String(4))
    mileage = Column(String(12))
    latitude = Column(Float)
    longitude = Column(Float)
    installed_year = Column(SmallInteger)
    manufacturer = Column(String(60))
    condition_score = Column(SmallInteger)
    criticality = Column(String(1))
    maintainer_id = Column(Integer, ForeignKey("staff.id"))

    route = relationship("Route")


class Fault(Base):
    __tablename__ = "faults"

    id = Column(Integer, primary_key=True)
    asset_id = Column(Integer, ForeignKey("assets.id"), nullable=False)
    reported_at = Column(DateTime, nullable=False)
    reported_by_id = Column(Integer, ForeignKey("staff.id"))
    symptom = Column(String(120))
    cause = Column(String(120))
    delay_minutes = Column(Integer, default=0)
    closed_at = Column(DateTime)
