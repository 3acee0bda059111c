from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Rider(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    nickname = db.Column(db.String(40), unique=True)
    full_name = db.Column(db.String(120), nullable=False)
    date_of_birth = db.Column(db.Date, nullable=False)
    guardian_name = db.Column(db.String(120))
    guardian_phone = db.Column(db.String(20))
    guardian_email = db.Column(db.String(254))
    discipline = db.Column(db.String(20), default="skate")
    instagram = db.Column(db.String(60))
    waiver_signed_at = db.Column(db.DateTime)
    banned_until = db.Column(db.Date)

    entries = db.relationship("Entry", backref="rider", lazy=True)


class Event(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120), nullable=False)
    starts_at = db.Column(db.DateTime, nullable=False)
    ends_at = db.Column(db.DateTime)
    capacity = db.Column(db.Integer, default=40)
    entry_fee = db.Column(db.Numeric(6, 2), default=0)
    age_min = db.Column(db.Integer)
    age_max = db.Column(db.Integer)
    sponsor = db.Column(db.String(80))
    is_jam = db.Column(db.Boolean, default=False)


class Entry(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    event_id = db.Column(db.Integer, db.ForeignKey("event.id"), nullable=False)
    rider_id = db.Column(db.Integer, db.ForeignKey("rider.id"), nullable=False)
    heat = db.Column(db.Integer)
    run_score = db.Column(db.Float)
    placed = db.Column(db.Integer)
    helmet_checked = db.Column(db.Boolean, default=False)


class Incident(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    event_id = db.Column(db.Integer, db.ForeignKey("event.id"))
    rider_id = db.Column(db.Integer, db.ForeignKey("rider.id"))
    occurred_at = db.Column(db.DateTime, default=datetime.utcnow)
    injury = db.Column(db.Text)
    first_aider = db.Column(db.String(80))
    ambulance_called = db.Column(db.Boolean, default=False)
    description = db.Column(db.Text)


class Obstacle(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(60), nullable=False)
    kind = db.Column(db.String(30))
    height_cm = db.Column(db.Integer)
    last_inspected = db.Column(db.Date)
    condition = db.Column(db.String(40), default="ok")
