from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Workshop(Base):
    __tablename__ = "workshops"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    trade = Column(String(40), nullable=False)  # woodwork, print, horticulture, cafe
    address = Column(String(255))
    manager_email = Column(String(255))
    places_available = Column(Integer, default=0)


class SocialWorker(Base):
    __tablename__ = "social_workers"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    team = Column(String(80))
    email = Column(String(255))
    phone = Column(String(30))
    local_authority = Column(String(80))


class Participant(Base):
    __tablename__ = "participants"

    id = Column(Integer, primary_key=True)
    forename = Column(String(60), nullable=False)
    surname = Column(String(60), nullable=False)
    preferred_name = Column(String(60))
    dob = Column(Date)
    nhs_number = Column(String(10), unique=True)
    home_address = Column(Text)
    postcode = Column(String(8))
    phone = Column(String(30))
    primary_disability = Column(String(80))
    support_needs = Column(Text)
    communication_aid = Column(String(60))  # Makaton, PECS, AAC device
    social_worker_id = Column(Integer, ForeignKey("social_workers.id"))
    status = Column(String(12), default="active")
    referred_at = Column(DateTime, server_default=func.now())


class Placement(Base):
    __tablename__ = "placements"

    id = Column(Integer, primary_key=True)
    participant_id = Column(Integer, ForeignKey("participants.id"), nullable=False)
    workshop_id = Column(Integer, ForeignKey("workshops.id"), nullable=False)
    start_date = Column(Date, nullable=False)
    end_date = Column(Date)
    days_per_week = Column(Integer, default=2)
    hourly_allowance = Column(Numeric(5, 2))
    funding_body = Column(String(80))
    support_ratio = Column(String(5))  # "1:1", "1:3"

    participant = relationship("Participant", backref="placements")


class Timesheet(Base):
    __tablename__ = "timesheets"

    id = Column(Integer, primary_key=True)
    placement_id = Column(Integer, ForeignKey("placements.id"), nullable=False)
    week_commencing = Column(Date, nullable=False)
    hours_attended = Column(Numeric(4, 1), default=0)
    earnings = Column(Numeric(7, 2), default=0)
    supervisor_note = Column(Text)
    approved = Column(Boolean, default=False)
