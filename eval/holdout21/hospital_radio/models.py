from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Volunteer(db.Model):
    __tablename__ = "volunteers"

    id = db.Column(db.Integer, primary_key=True)
    display_name = db.Column(db.String(80), nullable=False)
    legal_name = db.Column(db.String(120))
    email = db.Column(db.String(255), unique=True, nullable=False)
    phone = db.Column(db.String(30))
    password_hash = db.Column(db.String(255), nullable=False)
    dbs_certificate_no = db.Column(db.String(20))
    dbs_checked_on = db.Column(db.Date)
    role = db.Column(db.String(20), default="presenter")
    is_active = db.Column(db.Boolean, default=True)
    last_login_at = db.Column(db.DateTime)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class Show(db.Model):
    __tablename__ = "shows"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120), nullable=False)
    slot_day = db.Column(db.SmallInteger)
    slot_start = db.Column(db.Time)
    jingle_file = db.Column(db.String(255))
    presenter_id = db.Column(db.Integer, db.ForeignKey("volunteers.id"))
    presenter = db.relationship("Volunteer", backref="shows")


class Ward(db.Model):
    __tablename__ = "wards"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    hospital_site = db.Column(db.String(80))
    bedside_units = db.Column(db.Integer, default=0)
    visiting_hours = db.Column(db.String(60))


class SongRequest(db.Model):
    __tablename__ = "song_requests"

    id = db.Column(db.Integer, primary_key=True)
    ward_id = db.Column(db.Integer, db.ForeignKey("wards.id"))
    bed_number = db.Column(db.String(8))
    patient_first_name = db.Column(db.String(60))
    requested_by = db.Column(db.String(80))
    artist = db.Column(db.String(120))
    track_title = db.Column(db.String(200))
    dedication = db.Column(db.Text)
    taken_by_id = db.Column(db.Integer, db.ForeignKey("volunteers.id"))
    show_id = db.Column(db.Integer, db.ForeignKey("shows.id"))
    played_at = db.Column(db.DateTime)
