from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Round(db.Model):
    __tablename__ = "collection_rounds"

    id = db.Column(db.Integer, primary_key=True)
    code = db.Column(db.String(8), unique=True, nullable=False)
    collection_day = db.Column(db.String(9), nullable=False)
    depot = db.Column(db.String(60), nullable=False)
    vehicle_reg = db.Column(db.String(8))
    crew_size = db.Column(db.SmallInteger, default=2)


class SignUp(db.Model):
    __tablename__ = "food_waste_signups"

    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(12), unique=True, nullable=False)
    resident_name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), nullable=False)
    phone = db.Column(db.String(20))
    address_line1 = db.Column(db.String(120), nullable=False)
    address_line2 = db.Column(db.String(120))
    town = db.Column(db.String(60), nullable=False)
    postcode = db.Column(db.String(8), nullable=False, index=True)
    uprn = db.Column(db.String(12), index=True)
    round_id = db.Column(db.Integer, db.ForeignKey("collection_rounds.id"))
    kitchen_caddies = db.Column(db.SmallInteger, default=1)
    outdoor_bins = db.Column(db.SmallInteger, default=1)
    wants_liners = db.Column(db.Boolean, default=True)
    assisted_collection = db.Column(db.Boolean, default=False)
    assisted_reason = db.Column(db.Text)
    access_notes = db.Column(db.Text)
    newsletter_opt_in = db.Column(db.Boolean, default=False)
    status = db.Column(db.String(12), default="pending")
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    round = db.relationship("Round", backref="signups")


class CaddyDelivery(db.Model):
    __tablename__ = "caddy_deliveries"

    id = db.Column(db.Integer, primary_key=True)
    signup_id = db.Column(db.Integer, db.ForeignKey("food_waste_signups.id"), nullable=False)
    batch = db.Column(db.String(12))
    delivered_on = db.Column(db.Date)
    left_with_neighbour = db.Column(db.Boolean, default=False)


class MissedCollection(db.Model):
    __tablename__ = "missed_collections"

    id = db.Column(db.Integer, primary_key=True)
    signup_id = db.Column(db.Integer, db.ForeignKey("food_waste_signups.id"), nullable=False)
    collection_date = db.Column(db.Date, nullable=False)
    reported_at = db.Column(db.DateTime, default=datetime.utcnow)
    comments = db.Column(db.Text)
    photo_url = db.Column(db.String(300))
    crew_response = db.Column(db.String(60))
    resolved = db.Column(db.Boolean, default=False)
