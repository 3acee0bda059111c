from datetime import datetime

from .extensions import db


class Chaplain(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    faith = db.Column(db.String(60))
    role = db.Column(db.String(60))
    email = db.Column(db.String(254))
    is_volunteer = db.Column(db.Boolean, default=False)
    active = db.Column(db.Boolean, default=True)

    visits = db.relationship("Visit", backref="chaplain", lazy="dynamic")


class OnCallRota(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    date = db.Column(db.Date, nullable=False, unique=True)
    chaplain_id = db.Column(db.Integer, db.ForeignKey("chaplain.id"), nullable=False)
    on_call_phone = db.Column(db.String(20), default="07700 900123")


class Referral(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    patient_name = db.Column(db.String(120), nullable=False)
    hospital_number = db.Column(db.String(12))
    ward = db.Column(db.String(40))
    faith = db.Column(db.String(60))
    denomination = db.Column(db.String(60))
    referred_by = db.Column(db.String(120))
    reason = db.Column(db.Text)
    urgency = db.Column(db.String(10), default="routine")
    end_of_life = db.Column(db.Boolean, default=False)
    family_contact_name = db.Column(db.String(120))
    family_contact_phone = db.Column(db.String(20))
    status = db.Column(db.String(12), default="open")
    received_at = db.Column(db.DateTime, default=datetime.utcnow)


class Visit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    referral_id = db.Column(db.Integer, db.ForeignKey("referral.id"), nullable=False)
    chaplain_id = db.Column(db.Integer, db.ForeignKey("chaplain.id"), nullable=False)
    visited_at = db.Column(db.DateTime, default=datetime.utcnow)
    duration_minutes = db.Column(db.Integer)
    rite = db.Column(db.String(60))
    notes = db.Column(db.Text)
    follow_up_needed = db.Column(db.Boolean, default=False)


class PrayerRequest(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    requested_by = db.Column(db.String(120))
    for_whom = db.Column(db.String(120))
    request_text = db.Column(db.Text, nullable=False)
    read_at_service = db.Column(db.Boolean, default=False)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class FaithCommunity(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    community_name = db.Column(db.String(160), nullable=False)
    tradition = db.Column(db.String(60))
    address = db.Column(db.Text)
    office_phone = db.Column(db.String(20))
    leader_name = db.Column(db.String(120))
