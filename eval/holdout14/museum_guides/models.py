from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Gallery(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    floor = db.Column(db.SmallInteger)
    capacity = db.Column(db.Integer)
    step_free = db.Column(db.Boolean, default=True)
    closes_at = db.Column(db.Time)


class Volunteer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    badge_number = db.Column(db.String(8), unique=True)
    first_name = db.Column(db.String(60), nullable=False)
    last_name = db.Column(db.String(60), nullable=False)
    preferred_name = db.Column(db.String(60))
    email = db.Column(db.String(254), unique=True)
    phone = db.Column(db.String(20))
    postcode = db.Column(db.String(8))
    date_of_birth = db.Column(db.Date)
    languages_spoken = db.Column(db.String(200))
    access_needs = db.Column(db.Text)
    dbs_certificate_number = db.Column(db.String(12))
    emergency_contact_name = db.Column(db.String(120))
    emergency_contact_phone = db.Column(db.String(20))
    photo = db.Column(db.LargeBinary)
    hours_logged = db.Column(db.Numeric(7, 1), default=0)
    is_active = db.Column(db.Boolean, default=True)
    joined_at = db.Column(db.DateTime, default=datetime.utcnow)

    shifts = db.relationship("Shift", backref="volunteer", lazy="dynamic")


class Tour(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    gallery_id = db.Column(db.Integer, db.ForeignKey("gallery.id"))
    title = db.Column(db.String(120))
    starts_at = db.Column(db.DateTime)
    duration_minutes = db.Column(db.Integer, default=45)
    language = db.Column(db.String(20), default="English")
    max_group = db.Column(db.Integer, default=20)
    guide_id = db.Column(db.Integer, db.ForeignKey("volunteer.id"))


class Shift(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    volunteer_id = db.Column(db.Integer, db.ForeignKey("volunteer.id"))
    date = db.Column(db.Date, nullable=False)
    slot = db.Column(db.String(10))
    role = db.Column(db.String(40))
    notes = db.Column(db.Text)


class TrainingRecord(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    volunteer_id = db.Column(db.Integer, db.ForeignKey("volunteer.id"))
    module = db.Column(db.String(80))
    completed_on = db.Column(db.Date)
    assessor_name = db.Column(db.String(120))
