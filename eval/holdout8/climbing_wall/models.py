from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    first_name = db.Column(db.String(80), nullable=False)
    last_name = db.Column(db.String(80), nullable=False)
    email = db.Column(db.String(255), unique=True)
    phone = db.Column(db.String(20))
    date_of_birth = db.Column(db.Date, nullable=False)
    parent_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    emergency_contact_name = db.Column(db.String(120))
    emergency_contact_phone = db.Column(db.String(20))
    medical_conditions = db.Column(db.Text)
    waiver_signed_at = db.Column(db.DateTime)
    waiver_signature = db.Column(db.LargeBinary)
    belay_certified = db.Column(db.Boolean, default=False)
    membership_type = db.Column(db.String(20), default="payg")
    photo = db.Column(db.String(200))
    newsletter = db.Column(db.Boolean, default=False)
    last_visit_at = db.Column(db.DateTime)

    parent = db.relationship("Member", remote_side=[id], backref="juniors")


class CheckIn(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"), nullable=False)
    at = db.Column(db.DateTime, default=datetime.utcnow)
    desk_user = db.Column(db.String(40))
    entry_type = db.Column(db.String(12), default="climb")


class Route(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    wall = db.Column(db.String(30), nullable=False)
    grade = db.Column(db.String(4), nullable=False)
    hold_colour = db.Column(db.String(20))
    setter = db.Column(db.String(80))
    set_on = db.Column(db.Date)
    stripped_on = db.Column(db.Date)


class Ascent(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"), nullable=False)
    route_id = db.Column(db.Integer, db.ForeignKey("route.id"), nullable=False)
    style = db.Column(db.String(10))
    logged_at = db.Column(db.DateTime, default=datetime.utcnow)


class Incident(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    occurred_at = db.Column(db.DateTime, nullable=False)
    area = db.Column(db.String(30))
    description = db.Column(db.Text, nullable=False)
    injury = db.Column(db.String(120))
    first_aider = db.Column(db.String(80))
    hospital_referral = db.Column(db.Boolean, default=False)
    riddor_reportable = db.Column(db.Boolean, default=False)
