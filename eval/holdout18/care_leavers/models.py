from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, SmallInteger, String, Text, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class PersonalAdviser(Base):
    __tablename__ = "personal_advisers"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    email = Column(String(254), nullable=False, unique=True)
    team = Column(String(60))
    caseload_limit = Column(SmallInteger, default=25)


class YoungPerson(Base):
    __tablename__ = "young_people"

    id = Column(Integer, primary_key=True)
    case_reference = Column(String(20), unique=True, nullable=False)
    preferred_name = Column(String(80))
    legal_name = Column(String(160), nullable=False)
    date_of_birth = Column(Date, nullable=False)
    ni_number = Column(String(9))
    gender_identity = Column(String(40))
    ethnicity = Column(String(60))
    first_language = Column(String(40))
    unaccompanied_asylum_seeker = Column(Boolean, default=False)
    current_address = Column(Text)
    accommodation_type = Column(String(40))
    phone = Column(String(20))
    eet_status = Column(String(20))
    left_care_on = Column(Date)
    pathway_plan_review_due = Column(Date)
    personal_adviser_id = Column(Integer, ForeignKey("personal_advisers.id"))
    created_at = Column(DateTime, server_default=func.now())

    personal_adviser = relationship("PersonalAdviser", backref="young_people")


class ContactLog(Base):
    __tablename__ = "contact_log"

    id = Column(Integer, primary_key=True)
    young_person_id = Column(Integer, ForeignKey("young_people.id"), nullable=False)
    adviser_id = Column(Integer, ForeignKey("personal_advisers.id"), nullable=False)
    contact_type = Column(String(20))
    happened_at = Column(DateTime, nullable=False)
    summary = Column(Text)
    wellbeing_score = Column(SmallInteger)
    safeguarding_concern = Column(Boolean, default=False)


class Grant(Base):
    __tablename__ = "grants"

    id = Column(Integer, primary_key=True)
    young_person_id = Column(Integer, ForeignKey("young_people.id"), nullable=False)
    purpose = Column(String(80))
    amount = Column(Numeric(8, 2), nullable=False)
    paid_to_sort_code = Column(String(8))
    paid_to_account_number = Column(String(8))
    approved_by_id = Column(Integer, ForeignKey("personal_advisers.id"))
    paid_on = Column(Date)
