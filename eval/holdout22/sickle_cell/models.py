from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Member(db.Model):
    __tablename__ = "members"

    id = db.Column(db.Integer, primary_key=True)
    preferred_name = db.Column(db.String(80), nullable=False)
    email = db.Column(db.String(254), unique=True)
    mobile = db.Column(db.String(20))
    town = db.Column(db.String(80))
    genotype = db.Column(db.String(10))  # HbSS, HbSC, HbS beta-thal, carrier (AS)
    is_carer = db.Column(db.Boolean, default=False)
    cared_for_relationship = db.Column(db.String(40))
    haematology_centre = db.Column(db.String(120))
    hydroxyurea = db.Column(db.Boolean, default=False)
    ethnic_background = db.Column(db.String(60))
    whatsapp_group_opt_in = db.Column(db.Boolean, default=False)
    newsletter = db.Column(db.Boolean, default=False)
    joined_at = db.Column(db.DateTime, default=datetime.utcnow)


class CrisisPlan(db.Model):
    __tablename__ = "crisis_plans"

    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"), nullable=False)
    usual_pain_relief = db.Column(db.Text)
    baseline_haemoglobin = db.Column(db.Numeric(4, 1))
    known_triggers = db.Column(db.Text)
    ae_letter_uploaded = db.Column(db.Boolean, default=False)
    next_of_kin_name = db.Column(db.String(120))
    next_of_kin_phone = db.Column(db.String(20))
    updated_at = db.Column(db.DateTime, onupdate=datetime.utcnow)

    member = db.relationship("Member", backref=db.backref("crisis_plan", uselist=False))


class Meetup(db.Model):
    __tablename__ = "meetups"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120))
    venue = db.Column(db.String(200))
    starts_at = db.Column(db.DateTime)
    online_link = db.Column(db.String(300))
    host_id = db.Column(db.Integer, db.ForeignKey("members.id"))
    capacity = db.Column(db.Integer)


class Rsvp(db.Model):
    __tablename__ = "rsvps"

    meetup_id = db.Column(db.Integer, db.ForeignKey("meetups.id"), primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"), primary_key=True)
    bringing_children = db.Column(db.Integer, default=0)
    access_needs = db.Column(db.String(200))


class HardshipGrant(db.Model):
    __tablename__ = "hardship_grants"

    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"))
    amount = db.Column(db.Numeric(7, 2))
    reason = db.Column(db.Text)
    household_income = db.Column(db.Numeric(9, 2))
    paid_to_account = db.Column(db.String(8))
    paid_to_sort_code = db.Column(db.String(8))
    approved_by = db.Column(db.String(80))
