from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Planner(db.Model):
    __tablename__ = "planners"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)


class Couple(db.Model):
    __tablename__ = "couples"

    id = db.Column(db.Integer, primary_key=True)
    partner_one_name = db.Column(db.String(120), nullable=False)
    partner_two_name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), nullable=False)
    phone = db.Column(db.String(32))
    wedding_date = db.Column(db.Date)
    ceremony_type = db.Column(db.String(20))  # church, civil, humanist, interfaith, nikah
    venue_name = db.Column(db.String(120))
    budget = db.Column(db.Numeric(10, 2))
    planner_id = db.Column(db.Integer, db.ForeignKey("planners.id"))
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    guests = db.relationship("Guest", backref="couple", lazy="dynamic")


class Guest(db.Model):
    __tablename__ = "guests"

    id = db.Column(db.Integer, primary_key=True)
    couple_id = db.Column(db.Integer, db.ForeignKey("couples.id"), nullable=False)
    first_name = db.Column(db.String(60), nullable=False)
    last_name = db.Column(db.String(60))
    email = db.Column(db.String(254))
    postal_address = db.Column(db.Text)
    age_group = db.Column(db.String(10), default="adult")  # adult / child / infant
    plus_one_allowed = db.Column(db.Boolean, default=False)
    invite_code = db.Column(db.String(8), unique=True, index=True)
    rsvp = db.Column(db.String(10))  # yes / no / maybe
    meal_choice = db.Column(db.String(20))
    allergies = db.Column(db.String(255))
    step_free_access = db.Column(db.Boolean, default=False)
    table_id = db.Column(db.Integer, db.ForeignKey("tables.id"))


class Table(db.Model):
    __tablename__ = "tables"

    id = db.Column(db.Integer, primary_key=True)
    couple_id = db.Column(db.Integer, db.ForeignKey("couples.id"))
    name = db.Column(db.String(40))
    capacity = db.Column(db.Integer, default=10)
    shape = db.Column(db.String(10), default="round")


class Supplier(db.Model):
    __tablename__ = "suppliers"

    id = db.Column(db.Integer, primary_key=True)
    business_name = db.Column(db.String(120), nullable=False)
    category = db.Column(db.String(30))  # florist, photographer, caterer, band
    contact_email = db.Column(db.String(254))
    phone = db.Column(db.String(32))
    website = db.Column(db.String(255))
    deposit_paid = db.Column(db.Numeric(9, 2), default=0)
    balance_due = db.Column(db.Numeric(9, 2), default=0)
    public_liability_expires = db.Column(db.Date)
