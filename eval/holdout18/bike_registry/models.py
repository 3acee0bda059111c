from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Owner(db.Model):
    __tablename__ = "owners"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(254), unique=True, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)
    name = db.Column(db.String(120), nullable=False)
    phone = db.Column(db.String(20))
    postcode = db.Column(db.String(10))
    role = db.Column(db.String(10), default="owner")
    last_login_at = db.Column(db.DateTime)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    bikes = db.relationship("Bike", backref="owner", lazy="dynamic")


class Bike(db.Model):
    __tablename__ = "bikes"

    id = db.Column(db.Integer, primary_key=True)
    frame_number = db.Column(db.String(40), unique=True, nullable=False)
    make = db.Column(db.String(60))
    model = db.Column(db.String(60))
    colour = db.Column(db.String(40))
    frame_size = db.Column(db.String(10))
    photo_url = db.Column(db.String(500))
    owner_id = db.Column(db.Integer, db.ForeignKey("owners.id"), nullable=False)
    status = db.Column(db.String(12), default="registered")
    registered_at = db.Column(db.DateTime, default=datetime.utcnow)


class TheftReport(db.Model):
    __tablename__ = "theft_reports"

    id = db.Column(db.Integer, primary_key=True)
    bike_id = db.Column(db.Integer, db.ForeignKey("bikes.id"), nullable=False)
    reported_by_id = db.Column(db.Integer, db.ForeignKey("owners.id"))
    stolen_at = db.Column(db.DateTime)
    location_description = db.Column(db.String(255))
    stolen_lat = db.Column(db.Float)
    stolen_lng = db.Column(db.Float)
    crime_reference = db.Column(db.String(30))
    circumstances = db.Column(db.Text)
    recovered_at = db.Column(db.DateTime)


class PartnerShop(db.Model):
    __tablename__ = "partner_shops"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))
    contact_email = db.Column(db.String(254))
    phone = db.Column(db.String(20))
    address = db.Column(db.Text)
    can_check_frames = db.Column(db.Boolean, default=True)
    api_key = db.Column(db.String(64), unique=True)
