from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Narrator(Base):
    __tablename__ = "narrators"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    maiden_name = Column(String(60))
    birth_year = Column(Integer)
    birthplace = Column(String(80))
    occupation = Column(String(120))
    phone = Column(String(20))
    address = Column(Text)
    next_of_kin = Column(String(120))
    deceased = Column(Boolean, default=False)

    interviews = relationship("Interview", back_populates="narrator")


class Interviewer(Base):
    __tablename__ = "interviewers"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    email = Column(String(254))
    phone = Column(String(20))
    active = Column(Boolean, default=True)


class Interview(Base):
    __tablename__ = "interviews"

    id = Column(Integer, primary_key=True)
    narrator_id = Column(Integer, ForeignKey("narrators.id"), nullable=False)
    interviewer_id = Column(Integer, ForeignKey("interviewers.id"))
    recorded_on = Column(Date)
    venue = Column(String(120))
    language = Column(String(20), default="English")
    duration_minutes = Column(Integer)
    audio_file = Column(String(300))
    transcript = Column(Text)
    summary = Column(Text)
    topics = Column(String(300))

    narrator = relationship("Narrator", back_populates="interviews")


class ReleaseForm(Base):
    __tablename__ = "release_forms"

    id = Column(Integer, primary_key=True)
    interview_id = Column(Integer, ForeignKey("interviews.id"), nullable=False)
    signed_on = Column(Date)
    signature_image = Column(LargeBinary)
    access_level = Column(String(20), default="open")
    closure_until = Column(Date)
    withdrawn = Column(Boolean, default=False)
