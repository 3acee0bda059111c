from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Officer(db.Model):
    __tablename__ = "officers"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    warrant_number = db.Column(db.String(12), unique=True)
    team = db.Column(db.String(40))
    on_duty = db.Column(db.Boolean, default=False)


class Complainant(db.Model):
    __tablename__ = "complainants"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254))
    phone = db.Column(db.String(20))
    address_line1 = db.Column(db.String(120), nullable=False)
    postcode = db.Column(db.String(10), nullable=False)
    keep_anonymous = db.Column(db.Boolean, default=True)
    vulnerable = db.Column(db.Boolean, default=False)
    preferred_contact_method = db.Column(db.String(10), default="email")


class Complaint(db.Model):
    __tablename__ = "complaints"

    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(14), unique=True, nullable=False)
    complainant_id = db.Column(db.Integer, db.ForeignKey("complainants.id"), nullable=False)
    source_address = db.Column(db.String(255), nullable=False)
    source_type = db.Column(db.String(20))
    noise_type = db.Column(db.String(30))
    description = db.Column(db.Text)
    first_reported_at = db.Column(db.DateTime, default=datetime.utcnow)
    officer_id = db.Column(db.Integer, db.ForeignKey("officers.id"))
    status = db.Column(db.String(20), default="open")

    complainant = db.relationship("Complainant", backref="complaints")


class DiaryEntry(db.Model):
    __tablename__ = "diary_entries"

    id = db.Column(db.Integer, primary_key=True)
    complaint_id = db.Column(db.Integer, db.ForeignKey("complaints.id"), nullable=False)
    occurred_at = db.Column(db.DateTime, nullable=False)
    duration_minutes = db.Column(db.Integer)
    effect_on_household = db.Column(db.Text)


class NoiseRecording(db.Model):
    __tablename__ = "noise_recordings"

    id = db.Column(db.Integer, primary_key=True)
    complaint_id = db.Column(db.Integer, db.ForeignKey("complaints.id"), nullable=False)
    audio_key = db.Column(db.String(300), nullable=False)
    recorded_lat = db.Column(db.Float)
    recorded_lng = db.Column(db.Float)
    device_id = db.Column(db.String(64))
    peak_db = db.Column(db.Float)
    duration_s = db.Column(db.Integer)
