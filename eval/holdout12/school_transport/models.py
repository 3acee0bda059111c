from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Operator(Base):
    __tablename__ = "operators"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    licence_number = Column(String(20))
    depot_address = Column(Text)
    contact_email = Column(String(200))
    out_of_hours_phone = Column(String(20))


class Route(Base):
    __tablename__ = "routes"

    id = Column(Integer, primary_key=True)
    code = Column(String(10), unique=True)
    school_name = Column(String(120))
    operator_id = Column(ForeignKey("operators.id"))
    vehicle_type = Column(String(20))
    seats = Column(Integer)
    am_departure = Column(Time)
    driver_name = Column(String(120))
    passenger_assistant_name = Column(String(120))

    operator = relationship("Operator")
    stops = relationship("Stop", order_by="Stop.sequence")


class Stop(Base):
    __tablename__ = "stops"

    id = Column(Integer, primary_key=True)
    route_id = Column(ForeignKey("routes.id"))
    sequence = Column(Integer)
    description = Column(String(200))
    lat = Column(Numeric(9, 6))
    lng = Column(Numeric(9, 6))


class Pupil(Base):
    __tablename__ = "pupils"

    id = Column(Integer, primary_key=True)
    upn = Column(String(13), unique=True)
    first_name = Column(String(60))
    last_name = Column(String(60))
    date_of_birth = Column(Date)
    year_group = Column(Integer)
    home_address = Column(Text)
    home_postcode = Column(String(8))
    walking_distance_miles = Column(Numeric(4, 2))
    has_ehcp = Column(Boolean, default=False)
    mobility_needs = Column(Text)
    medication_on_board = Column(String(200))
    looked_after_child = Column(Boolean, default=False)
    free_school_meals = Column(Boolean, default=False)
    route_id = Column(ForeignKey("routes.id"))
    pickup_stop_id = Column(ForeignKey("stops.id"))

    route = relationship("Route")
    pickup_stop = relationship("Stop")
    guardians = relationship("Guardian", back_populates="pupil")


class Guardian(Base):
    __tablename__ = "guardians"

    id = Column(Integer, primary_key=True)
    pupil_id = Column(ForeignKey("pupils.id"))
    full_name = Column(String(120))
    mobile = Column(String(20))
    email = Column(String(200))
    collection_password = Column(String(40))

    pupil = relationship("Pupil", back_populates="guardians")


class Application(Base):
    __tablename__ = "transport_applications"

    id = Column(Integer, primary_key=True)
    pupil_id = Column(ForeignKey("pupils.id"))
    academic_year = Column(String(9))
    grounds = Column(String(40))
    parent_statement = Column(Text)
    decision = Column(String(20))
    decided_at = Column(DateTime)
