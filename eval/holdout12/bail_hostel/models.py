from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Hostel(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(100), nullable=False)
    address = db.Column(db.Text, nullable=False)
    beds = db.Column(db.Integer, nullable=False)
    night_manager_phone = db.Column(db.String(20))
    curfew = db.Column(db.Time)


class Resident(db.Model):
    __tablename__ = "residents"

    id = db.Column(db.Integer, primary_key=True)
    pnc_id = db.Column(db.String(14), unique=True)
    nomis_number = db.Column(db.String(7))
    forenames = db.Column(db.String(100), nullable=False)
    surname = db.Column(db.String(60), nullable=False)
    alias = db.Column(db.String(100))
    dob = db.Column(db.Date)
    ethnicity = db.Column(db.String(40))
    religion = db.Column(db.String(40))
    index_offence = db.Column(db.String(120))
    risk_level = db.Column(db.String(10))
    room = db.Column(db.String(8))
    hostel_id = db.Column(db.Integer, db.ForeignKey("hostel.id"))
    probation_officer = db.Column(db.String(100))
    probation_officer_email = db.Column(db.String(200))
    exclusion_zone = db.Column(db.Text)
    tag_serial = db.Column(db.String(20))
    arrived_at = db.Column(db.DateTime, default=datetime.utcnow)
    licence_end = db.Column(db.Date)
    gp_surgery = db.Column(db.String(120))
    medication = db.Column(db.Text)
    self_harm_history = db.Column(db.Boolean, default=False)

    hostel = db.relationship("Hostel", backref="residents")


class SignInOut(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    resident_id = db.Column(db.Integer, db.ForeignKey("residents.id"), nullable=False)
    direction = db.Column(db.String(3))
    at = db.Column(db.DateTime, default=datetime.utcnow)
    destination = db.Column(db.String(200))
    staff_initials = db.Column(db.String(4))


class Incident(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    resident_id = db.Column(db.Integer, db.ForeignKey("residents.id"))
    occurred_at = db.Column(db.DateTime)
    category = db.Column(db.String(40))
    breach_of_licence = db.Column(db.Boolean, default=False)
    police_informed = db.Column(db.Boolean, default=False)
    crime_reference = db.Column(db.String(20))
    account = db.Column(db.Text)
    reported_by = db.Column(db.Integer, db.ForeignKey("user.id"))
