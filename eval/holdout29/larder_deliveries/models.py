from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Resident(db.Model):
    __tablename__ = "residents"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    phone = db.Column(db.String(20))
    address = db.Column(db.Text, nullable=False)
    postcode = db.Column(db.String(8), nullable=False, index=True)
    access_instructions = db.Column(db.Text)
    key_safe_code = db.Column(db.String(8))
    shielding_reason = db.Column(db.String(80))
    household_size = db.Column(db.Integer, default=1)
    dietary_needs = db.Column(db.String(200))
    halal = db.Column(db.Boolean, default=False)
    referral_source = db.Column(db.String(40))
    active = db.Column(db.Boolean, default=True)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class Volunteer(db.Model):
    __tablename__ = "volunteers"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    mobile = db.Column(db.String(20), nullable=False)
    dbs_checked = db.Column(db.Boolean, default=False)
    has_car = db.Column(db.Boolean, default=False)
    areas = db.Column(db.String(200), default="")


class Delivery(db.Model):
    __tablename__ = "deliveries"

    id = db.Column(db.Integer, primary_key=True)
    resident_id = db.Column(db.Integer, db.ForeignKey("residents.id"), nullable=False)
    volunteer_id = db.Column(db.Integer, db.ForeignKey("volunteers.id"))
    scheduled_for = db.Column(db.Date, nullable=False)
    delivered_at = db.Column(db.DateTime)
    parcel_type = db.Column(db.String(20), default="standard")
    left_on_doorstep = db.Column(db.Boolean, default=False)
    resident_seen_well = db.Column(db.Boolean)
    welfare_concern = db.Column(db.Text)


class StockItem(db.Model):
    __tablename__ = "stock_items"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    category = db.Column(db.String(40))
    quantity = db.Column(db.Integer, default=0)
    best_before = db.Column(db.Date)
    donated_by_supplier = db.Column(db.String(120))
