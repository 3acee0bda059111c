from datetime import datetime

from .extensions import db


class Customer(db.Model):
    __tablename__ = "customers"

    id = db.Column(db.Integer, primary_key=True)
    first_name = db.Column(db.String(80), nullable=False)
    last_name = db.Column(db.String(80), nullable=False)
    date_of_birth = db.Column(db.Date, nullable=False)
    address = db.Column(db.Text, nullable=False)
    postcode = db.Column(db.String(8), nullable=False)
    phone = db.Column(db.String(20))
    id_document_type = db.Column(db.String(20))
    id_document_number = db.Column(db.String(30))
    photo_filename = db.Column(db.String(200))
    banned = db.Column(db.Boolean, default=False)
    notes = db.Column(db.Text)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    pledges = db.relationship("Pledge", backref="customer", lazy="dynamic")


class Pledge(db.Model):
    __tablename__ = "pledges"

    id = db.Column(db.Integer, primary_key=True)
    ticket_number = db.Column(db.String(12), unique=True, nullable=False)
    customer_id = db.Column(db.Integer, db.ForeignKey("customers.id"), nullable=False)
    principal = db.Column(db.Numeric(9, 2), nullable=False)
    monthly_interest_rate = db.Column(db.Numeric(5, 2), nullable=False)
    pledged_on = db.Column(db.Date, nullable=False)
    redeem_by = db.Column(db.Date, nullable=False)
    status = db.Column(db.String(12), default="active")
    staff_initials = db.Column(db.String(4))

    items = db.relationship("Item", backref="pledge")


class Item(db.Model):
    __tablename__ = "items"

    id = db.Column(db.Integer, primary_key=True)
    pledge_id = db.Column(db.Integer, db.ForeignKey("pledges.id"))
    description = db.Column(db.String(255), nullable=False)
    category = db.Column(db.String(30))
    gender = db.Column(db.String(6))
    carat = db.Column(db.SmallInteger)
    weight_g = db.Column(db.Numeric(7, 2))
    serial_number = db.Column(db.String(60))
    valuation = db.Column(db.Numeric(9, 2))
    photo = db.Column(db.String(200))
    shelf_location = db.Column(db.String(20))
    for_sale = db.Column(db.Boolean, default=False)


class Purchase(db.Model):
    """Goods bought outright from a customer."""

    __tablename__ = "purchases"

    id = db.Column(db.Integer, primary_key=True)
    customer_id = db.Column(db.Integer, db.ForeignKey("customers.id"), nullable=False)
    item_id = db.Column(db.Integer, db.ForeignKey("items.id"), nullable=False)
    price_paid = db.Column(db.Numeric(9, 2), nullable=False)
    payment_method = db.Column(db.String(10), default="cash")
    payee_sort_code = db.Column(db.String(6))
    payee_account_number = db.Column(db.String(8))
    police_check_ref = db.Column(db.String(20))
    bought_at = db.Column(db.DateTime, default=datetime.utcnow)
