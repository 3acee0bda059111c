from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class School(db.Model):
    __tablename__ = "schools"

    id = db.Column(db.Integer, primary_key=True)
    urn = db.Column(db.String(6), unique=True, nullable=False)
    name = db.Column(db.String(120), nullable=False)
    phase = db.Column(db.String(20))
    clerk_email = db.Column(db.String(254))
    address = db.Column(db.Text)
    trust_name = db.Column(db.String(120))


class Governor(db.Model):
    __tablename__ = "governors"

    id = db.Column(db.Integer, primary_key=True)
    school_id = db.Column(db.Integer, db.ForeignKey("schools.id"), nullable=False)
    title = db.Column(db.String(10))
    forename = db.Column(db.String(60), nullable=False)
    surname = db.Column(db.String(60), nullable=False)
    category = db.Column(db.String(20), nullable=False)
    appointing_body = db.Column(db.String(80))
    term_start = db.Column(db.Date, nullable=False)
    term_end = db.Column(db.Date)
    role = db.Column(db.String(40))
    email = db.Column(db.String(254))
    phone = db.Column(db.String(20))
    home_address = db.Column(db.Text)
    dbs_checked_on = db.Column(db.Date)

    school = db.relationship("School", backref="governors")


class BusinessInterest(db.Model):
    __tablename__ = "business_interests"

    id = db.Column(db.Integer, primary_key=True)
    governor_id = db.Column(db.Integer, db.ForeignKey("governors.id"), nullable=False)
    organisation = db.Column(db.String(120), nullable=False)
    nature_of_interest = db.Column(db.String(200))
    declared_on = db.Column(db.Date, default=datetime.utcnow)


class Meeting(db.Model):
    __tablename__ = "meetings"

    id = db.Column(db.Integer, primary_key=True)
    school_id = db.Column(db.Integer, db.ForeignKey("schools.id"), nullable=False)
    held_on = db.Column(db.Date, nullable=False)
    meeting_type = db.Column(db.String(30), default="full board")
    quorate = db.Column(db.Boolean)
    minutes_url = db.Column(db.String(300))


class MeetingAttendance(db.Model):
    __tablename__ = "meeting_attendance"

    id = db.Column(db.Integer, primary_key=True)
    meeting_id = db.Column(db.Integer, db.ForeignKey("meetings.id"), nullable=False)
    governor_id = db.Column(db.Integer, db.ForeignKey("governors.id"), nullable=False)
    attended = db.Column(db.Boolean, default=False)
    apologies_reason = db.Column(db.String(200))


class TrainingRecord(db.Model):
    __tablename__ = "training_records"

    id = db.Column(db.Integer, primary_key=True)
    governor_id = db.Column(db.Integer, db.ForeignKey("governors.id"), nullable=False)
    course = db.Column(db.String(120), nullable=False)
    completed_on = db.Column(db.Date)
