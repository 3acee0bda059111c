from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Plan(db.Model):
    __tablename__ = "plans"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(60), nullable=False)
    monthly_price = db.Column(db.Numeric(7, 2), nullable=False)
    off_peak_only = db.Column(db.Boolean, default=False)
    includes_swim = db.Column(db.Boolean, default=True)
    min_age = db.Column(db.Integer, default=16)


class Member(db.Model):
    __tablename__ = "members"

    id = db.Column(db.Integer, primary_key=True)
    membership_number = db.Column(db.String(10), unique=True, nullable=False)
    first_name = db.Column(db.String(60), nullable=False)
    last_name = db.Column(db.String(60), nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    phone = db.Column(db.String(20))
    date_of_birth = db.Column(db.Date, nullable=False)
    gender = db.Column(db.String(20))
    address_line1 = db.Column(db.String(100))
    town = db.Column(db.String(60))
    postcode = db.Column(db.String(8))
    photo = db.Column(db.LargeBinary)
    concession = db.Column(db.String(20))
    password_hash = db.Column(db.String(128), nullable=False)
    plan_id = db.Column(db.Integer, db.ForeignKey("plans.id"))
    status = db.Column(db.String(12), default="active")
    frozen_until = db.Column(db.Date)
    sort_code = db.Column(db.String(8))
    account_number = db.Column(db.String(8))
    joined_at = db.Column(db.DateTime, default=datetime.utcnow)
    last_visit_at = db.Column(db.DateTime)
    marketing_opt_in = db.Column(db.Boolean, default=False)

    plan = db.relationship("Plan")


class Entry(db.Model):
    __tablename__ = "entries"

    id = db.Column(db.BigInteger, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"), index=True)
    site = db.Column(db.String(30))
    gate = db.Column(db.String(10))
    card_uid = db.Column(db.String(20))
    scanned_at = db.Column(db.DateTime, default=datetime.utcnow)


class ClassBooking(db.Model):
    __tablename__ = "class_bookings"

    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"))
    class_name = db.Column(db.String(60))
    starts_at = db.Column(db.DateTime)
    waitlisted = db.Column(db.Boolean, default=False)
    attended = db.Column(db.Boolean)


class HealthQuestionnaire(db.Model):
    __tablename__ = "parq"

    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"), unique=True)
    heart_condition = db.Column(db.Boolean)
    chest_pain_on_exercise = db.Column(db.Boolean)
    loses_balance = db.Column(db.Boolean)
    joint_problem = db.Column(db.Boolean)
    takes_bp_medication = db.Column(db.Boolean)
    pregnant = db.Column(db.Boolean)
    completed_at = db.Column(db.DateTime, default=datetime.utcnow)
