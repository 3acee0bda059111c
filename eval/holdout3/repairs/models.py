"""Repairs reported by tenants of a housing association (Flask-SQLAlchemy)."""

from __future__ import annotations

from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Block(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    estate = db.Column(db.String(80))
    postcode = db.Column(db.String(10))
    storeys = db.Column(db.Integer)
    has_lift = db.Column(db.Boolean, default=False)
    cladding_checked_on = db.Column(db.Date)


class Dwelling(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    uprn = db.Column(db.String(12), unique=True)
    block_id = db.Column(db.Integer, db.ForeignKey("block.id"))
    unit = db.Column(db.String(10))
    bedrooms = db.Column(db.Integer)
    heating = db.Column(db.String(20))
    gas_safety_due = db.Column(db.Date)
    asbestos_register_ref = db.Column(db.String(20))


class Tenant(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    tenancy_ref = db.Column(db.String(16), unique=True)
    dwelling_id = db.Column(db.Integer, db.ForeignKey("dwelling.id"))
    name = db.Column(db.String(120))
    preferred_contact = db.Column(db.String(10), default="phone")
    telephone = db.Column(db.String(20))
    email = db.Column(db.String(254))
    access_notes = db.Column(db.Text)
    mobility_impaired = db.Column(db.Boolean, default=False)
    first_language = db.Column(db.String(30))
    rent_arrears = db.Column(db.Numeric(8, 2), default=0)
    portal_password_hash = db.Column(db.String(128))
    tenancy_start = db.Column(db.Date)


class Operative(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))
    trade = db.Column(db.String(30))
    van_reg = db.Column(db.String(8))
    work_mobile = db.Column(db.String(20))
    gas_safe_number = db.Column(db.String(10))
    on_call = db.Column(db.Boolean, default=False)
    gps_last_fix = db.Column(db.String(40))


class RepairJob(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    job_number = db.Column(db.String(12), unique=True)
    dwelling_id = db.Column(db.Integer, db.ForeignKey("dwelling.id"), nullable=False)
    reported_by_id = db.Column(db.Integer, db.ForeignKey("tenant.id"))
    operative_id = db.Column(db.Integer, db.ForeignKey("operative.id"))
    trade = db.Column(db.String(30))
    sor_code = db.Column(db.String(10))
    priority = db.Column(db.String(10), default="routine")
    what_tenant_said = db.Column(db.Text)
    damp_and_mould = db.Column(db.Boolean, default=False)
    appointment_window = db.Column(db.String(20))
    status = db.Column(db.String(16), default="logged")
    cost_estimate = db.Column(db.Numeric(9, 2))
    created_at = db.Column(db.DateTime, default=datetime.utcnow)
    completed_at = db.Column(db.DateTime)


class Satisfaction(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    job_id = db.Column(db.Integer, db.ForeignKey("repair_job.id"))
    score = db.Column(db.Integer)
    would_recommend = db.Column(db.Boolean)
    free_text = db.Column(db.Text)
    survey_channel = db.Column(db.String(10))
