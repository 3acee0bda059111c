from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Volunteer(db.Model):
    __tablename__ = "volunteers"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    phone = db.Column(db.String(30))
    postcode = db.Column(db.String(10))
    is_under_18 = db.Column(db.Boolean, default=False)
    hi_vis_size = db.Column(db.String(4))
    has_own_picker = db.Column(db.Boolean, default=False)
    total_bags = db.Column(db.Integer, default=0)
    hours_logged = db.Column(db.Float, default=0.0)
    last_pick_at = db.Column(db.DateTime)
    newsletter = db.Column(db.Boolean, default=False)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class Hotspot(db.Model):
    __tablename__ = "hotspots"

    id = db.Column(db.Integer, primary_key=True)
    label = db.Column(db.String(120))
    latitude = db.Column(db.Float, nullable=False)
    longitude = db.Column(db.Float, nullable=False)
    reported_by_id = db.Column(db.Integer, db.ForeignKey("volunteers.id"))
    reported_at = db.Column(db.DateTime, default=datetime.utcnow)
    description = db.Column(db.Text)
    severity = db.Column(db.SmallInteger, default=1)
    council_notified = db.Column(db.Boolean, default=False)


class PickEvent(db.Model):
    __tablename__ = "pick_events"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120), nullable=False)
    meeting_point = db.Column(db.String(200))
    meet_lat = db.Column(db.Float)
    meet_lng = db.Column(db.Float)
    starts_at = db.Column(db.DateTime, nullable=False)
    leader_id = db.Column(db.Integer, db.ForeignKey("volunteers.id"))
    kit_notes = db.Column(db.Text)
    max_volunteers = db.Column(db.Integer, default=25)
    leader = db.relationship("Volunteer", foreign_keys=[leader_id])


class Attendance(db.Model):
    __tablename__ = "attendances"

    id = db.Column(db.Integer, primary_key=True)
    event_id = db.Column(db.Integer, db.ForeignKey("pick_events.id"), nullable=False)
    volunteer_id = db.Column(db.Integer, db.ForeignKey("volunteers.id"), nullable=False)
    checked_in_at = db.Column(db.DateTime)
    bags_collected = db.Column(db.Integer, default=0)
    signed_waiver = db.Column(db.Boolean, default=False)


class SharpsReport(db.Model):
    __tablename__ = "sharps_reports"

    id = db.Column(db.Integer, primary_key=True)
    found_at = db.Column(db.DateTime, default=datetime.utcnow)
    lat = db.Column(db.Float)
    lng = db.Column(db.Float)
    reported_by_id = db.Column(db.Integer, db.ForeignKey("volunteers.id"))
    photo_url = db.Column(db.String(500))
    collected_by_council = db.Column(db.Boolean, default=False)
