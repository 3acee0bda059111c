from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class School(Base):
    __tablename__ = "schools"

    id = Column(Integer, primary_key=True)
    urn = Column(String(8), unique=True, nullable=False)
    name = Column(String(200), nullable=False)
    phase = Column(String(20))
    published_admission_number = Column(Integer)
    address = Column(String(300))
    headteacher = Column(String(120))
    admissions_email = Column(String(200))


class Appellant(Base):
    __tablename__ = "appellants"

    id = Column(Integer, primary_key=True)
    title = Column(String(10))
    forename = Column(String(80), nullable=False)
    surname = Column(String(80), nullable=False)
    relationship_to_child = Column(String(30))
    email = Column(String(200))
    daytime_phone = Column(String(20))
    address_line_1 = Column(String(120))
    address_line_2 = Column(String(120))
    town = Column(String(60))
    postcode = Column(String(10))
    needs_interpreter = Column(Boolean, default=False)
    preferred_language = Column(String(30), default="English")
    access_requirements = Column(Text)

    children = relationship("Child", back_populates="appellant")


class Child(Base):
    __tablename__ = "children"

    id = Column(Integer, primary_key=True)
    appellant_id = Column(ForeignKey("appellants.id"), nullable=False)
    first_name = Column(String(80))
    last_name = Column(String(80))
    date_of_birth = Column(Date)
    current_school_urn = Column(String(8))
    year_group = Column(Integer)
    has_ehcp = Column(Boolean, default=False)
    sibling_at_school = Column(Boolean, default=False)
    home_to_school_distance_m = Column(Integer)

    appellant = relationship("Appellant", back_populates="children")
    appeals = relationship("Appeal", back_populates="child")


class Appeal(Base):
    __tablename__ = "appeals"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True)
    child_id = Column(ForeignKey("children.id"), nullable=False)
    school_id = Column(ForeignKey("schools.id"), nullable=False)
    lodged_at = Column(DateTime, server_default=func.now())
    grounds = Column(Text, nullable=False)
    social_medical_reasons = Column(Text)
    hearing_at = Column(DateTime)
    clerk = Column(String(120))
    status = Column(String(20), default="lodged")
    outcome = Column(String(20))

    child = relationship("Child", back_populates="appeals")
    school = relationship("School")


class PanelMember(Base):
    __tablename__ = "panel_members"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    role = Column(String(20))
    email = Column(String(200))
    training_completed_on = Column(Date)
    declared_interests = Column(Text)
