from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Customer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(255), nullable=False, index=True)
    phone = db.Column(db.String(20))
    marketing_ok = db.Column(db.Boolean, default=False)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class Staff(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    role = db.Column(db.String(40), default="porter")
    licence_number = db.Column(db.String(20))
    day_rate = db.Column(db.Numeric(8, 2))


class Move(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    customer_id = db.Column(db.Integer, db.ForeignKey("customer.id"), nullable=False)
    from_address = db.Column(db.Text, nullable=False)
    from_postcode = db.Column(db.String(10), nullable=False)
    to_address = db.Column(db.Text)
    to_postcode = db.Column(db.String(10))
    move_date = db.Column(db.Date)
    floors_at_origin = db.Column(db.Integer, default=0)
    has_lift = db.Column(db.Boolean, default=False)
    parking_notes = db.Column(db.Text)
    key_safe_code = db.Column(db.String(10))
    volume_cubic_ft = db.Column(db.Integer)
    quote_amount = db.Column(db.Numeric(10, 2))
    deposit_paid = db.Column(db.Boolean, default=False)
    crew_lead_id = db.Column(db.Integer, db.ForeignKey("staff.id"))

    customer = db.relationship("Customer", backref="moves")
    items = db.relationship("InventoryItem", backref="move", cascade="all, delete-orphan")


class InventoryItem(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    move_id = db.Column(db.Integer, db.ForeignKey("move.id"), nullable=False)
    room = db.Column(db.String(40))
    description = db.Column(db.String(200), nullable=False)
    quantity = db.Column(db.Integer, default=1)
    fragile = db.Column(db.Boolean, default=False)
    declared_value = db.Column(db.Numeric(10, 2))


class Vehicle(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    registration = db.Column(db.String(8), unique=True)
    capacity_cubic_ft = db.Column(db.Integer)
    mot_due = db.Column(db.Date)
    tracker_imei = db.Column(db.String(16))
