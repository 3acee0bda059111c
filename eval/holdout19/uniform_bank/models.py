from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class School(db.Model):
    __tablename__ = "schools"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(160), nullable=False)
    urn = db.Column(db.String(12), unique=True)
    office_email = db.Column(db.String(254))
    postcode = db.Column(db.String(10))


class Referrer(db.Model):
    """A teacher, health visitor or support worker who can refer families."""

    __tablename__ = "referrers"

    id = db.Column(db.Integer, primary_key=True)
    full_name = db.Column(db.String(120), nullable=False)
    organisation = db.Column(db.String(160))
    role = db.Column(db.String(80))
    email = db.Column(db.String(254), nullable=False, unique=True)
    phone = db.Column(db.String(32))
    approved = db.Column(db.Boolean, default=False)


class Family(db.Model):
    __tablename__ = "families"

    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(16), unique=True, nullable=False)
    parent_name = db.Column(db.String(120), nullable=False)
    phone = db.Column(db.String(32))
    email = db.Column(db.String(254))
    address_line1 = db.Column(db.String(120))
    town = db.Column(db.String(80))
    postcode = db.Column(db.String(10))
    free_school_meals = db.Column(db.Boolean, default=False)
    referrer_id = db.Column(db.Integer, db.ForeignKey("referrers.id"))
    referral_reason = db.Column(db.Text)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    children = db.relationship("Child", backref="family", lazy=True)
    requests = db.relationship("UniformRequest", backref="family", lazy=True)


class Child(db.Model):
    __tablename__ = "children"

    id = db.Column(db.Integer, primary_key=True)
    family_id = db.Column(db.Integer, db.ForeignKey("families.id"), nullable=False)
    first_name = db.Column(db.String(60), nullable=False)
    school_id = db.Column(db.Integer, db.ForeignKey("schools.id"))
    year_group = db.Column(db.String(8))
    age_years = db.Column(db.Integer)
    gender = db.Column(db.String(16))
    blazer_size = db.Column(db.String(16))
    trouser_size = db.Column(db.String(16))
    shoe_size = db.Column(db.String(8))
    sensory_needs = db.Column(db.Boolean, default=False)


class UniformItem(db.Model):
    __tablename__ = "uniform_items"

    id = db.Column(db.Integer, primary_key=True)
    school_id = db.Column(db.Integer, db.ForeignKey("schools.id"))
    category = db.Column(db.String(40), nullable=False)
    size_label = db.Column(db.String(16))
    gender = db.Column(db.String(16), default="unisex")
    condition = db.Column(db.String(20), default="good")
    donor_name = db.Column(db.String(120))


class UniformRequest(db.Model):
    __tablename__ = "uniform_requests"

    id = db.Column(db.Integer, primary_key=True)
    family_id = db.Column(db.Integer, db.ForeignKey("families.id"), nullable=False)
    child_id = db.Column(db.Integer, db.ForeignKey("children.id"))
    status = db.Column(db.String(20), default="new")
    items_requested = db.Column(db.Text)
    collection_slot = db.Column(db.DateTime)
    notes = db.Column(db.Text)
    fulfilled_at = db.Column(db.DateTime)
