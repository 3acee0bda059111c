"""Flask-SQLAlchemy models of a high-street phone shop selling pay-monthly contracts."""

from __future__ import annotations

from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Store(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    branch_code = db.Column(db.String(6), unique=True, nullable=False)
    name = db.Column(db.String(80), nullable=False)
    address = db.Column(db.String(200))
    phone = db.Column(db.String(20))
    manager_id = db.Column(db.Integer, db.ForeignKey("staff.id", use_alter=True))


class Staff(db.Model):
    __tablename__ = "staff"

    id = db.Column(db.Integer, primary_key=True)
    store_id = db.Column(db.Integer, db.ForeignKey("store.id"))
    name = db.Column(db.String(80), nullable=False)
    payroll_no = db.Column(db.String(10), unique=True)
    till_pin = db.Column(db.String(6))
    commission_rate = db.Column(db.Numeric(4, 2), default=0)


class Tariff(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(60))
    monthly_price = db.Column(db.Numeric(6, 2))
    data_allowance_gb = db.Column(db.Integer)
    minutes = db.Column(db.Integer, default=-1)
    roaming = db.Column(db.Boolean, default=True)
    term_months = db.Column(db.SmallInteger, default=24)


class DeviceModel(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    brand = db.Column(db.String(40))
    model = db.Column(db.String(60))
    storage_gb = db.Column(db.Integer)
    colour = db.Column(db.String(30))
    rrp = db.Column(db.Numeric(7, 2))


class StockItem(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    device_model_id = db.Column(db.Integer, db.ForeignKey("device_model.id"))
    store_id = db.Column(db.Integer, db.ForeignKey("store.id"))
    imei = db.Column(db.String(15), unique=True)
    received_at = db.Column(db.DateTime, default=datetime.utcnow)
    sold = db.Column(db.Boolean, default=False)


class Customer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    forename = db.Column(db.String(60))
    surname = db.Column(db.String(60))
    dob = db.Column(db.Date)
    email = db.Column(db.String(254))
    contact_number = db.Column(db.String(20))
    house_no = db.Column(db.String(10))
    street = db.Column(db.String(120))
    town = db.Column(db.String(60))
    postcode = db.Column(db.String(10))
    employment_status = db.Column(db.String(20))
    annual_income = db.Column(db.Integer)
    credit_score = db.Column(db.SmallInteger)
    id_document_type = db.Column(db.String(20))
    id_document_number = db.Column(db.String(30))
    security_answer = db.Column(db.String(80))
    account_pin_hash = db.Column(db.String(128))
    marketing_sms = db.Column(db.Boolean, default=False)
    contracts = db.relationship("Contract", backref="customer", lazy="dynamic")


class Contract(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    contract_ref = db.Column(db.String(12), unique=True)
    customer_id = db.Column(db.Integer, db.ForeignKey("customer.id"), nullable=False)
    tariff_id = db.Column(db.Integer, db.ForeignKey("tariff.id"))
    stock_item_id = db.Column(db.Integer, db.ForeignKey("stock_item.id"))
    sold_by_id = db.Column(db.Integer, db.ForeignKey("staff.id"))
    msisdn = db.Column(db.String(15))
    sim_iccid = db.Column(db.String(22))
    start_date = db.Column(db.Date)
    dd_sort_code = db.Column(db.String(8))
    dd_account_no = db.Column(db.String(8))
    status = db.Column(db.String(12), default="active")
    porting_pac = db.Column(db.String(9))
