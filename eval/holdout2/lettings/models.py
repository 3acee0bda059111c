"""Lettings agency data model: landlords, properties, tenants and rent."""

from __future__ import annotations

from datetime import datetime

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.dialects.postgresql import JSONB

db = SQLAlchemy()


class Landlord(db.Model):
    __tablename__ = "landlords"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), nullable=False, unique=True)
    phone_number = db.Column(db.String(20))
    correspondence_address = db.Column(db.Text)
    payout_iban = db.Column(db.String(34))
    management_fee_pct = db.Column(db.Numeric(4, 2), default=12.0)
    created = db.Column(db.DateTime, default=datetime.utcnow)

    properties = db.relationship("Property", backref="landlord", lazy="dynamic")


class Property(db.Model):
    __tablename__ = "properties"

    id = db.Column(db.Integer, primary_key=True)
    landlord_id = db.Column(db.Integer, db.ForeignKey("landlords.id"), nullable=False)
    listing_title = db.Column(db.String(140))
    bedrooms = db.Column(db.SmallInteger)
    bathrooms = db.Column(db.SmallInteger)
    furnished = db.Column(db.Boolean, default=False)
    epc_rating = db.Column(db.String(1))
    council_tax_band = db.Column(db.String(1))
    asking_rent = db.Column(db.Numeric(8, 2))
    available_from = db.Column(db.Date)
    features = db.Column(JSONB, default=list)
    hero_image = db.Column(db.String(255))
    archived = db.Column(db.Boolean, default=False, index=True)


class Applicant(db.Model):
    """Someone who applied to rent; becomes a tenant once referenced."""

    __tablename__ = "applicants"

    id = db.Column(db.Integer, primary_key=True)
    forename = db.Column(db.String(80))
    surname = db.Column(db.String(80))
    email = db.Column(db.String(254), index=True)
    mobile_no = db.Column(db.String(20))
    dob = db.Column(db.Date)
    current_address = db.Column(db.Text)
    employer_name = db.Column(db.String(120))
    job_title = db.Column(db.String(80))
    gross_annual_income = db.Column(db.Numeric(10, 2))
    has_ccj = db.Column(db.Boolean, default=False)
    guarantor_name = db.Column(db.String(120))
    guarantor_email = db.Column(db.String(254))
    share_code = db.Column(db.String(9))
    right_to_rent_checked = db.Column(db.Boolean, default=False)
    submitted_at = db.Column(db.DateTime, default=datetime.utcnow)


class Tenancy(db.Model):
    __tablename__ = "tenancies"

    id = db.Column(db.Integer, primary_key=True)
    property_id = db.Column(db.Integer, db.ForeignKey("properties.id"), nullable=False)
    lead_tenant_id = db.Column(db.Integer, db.ForeignKey("applicants.id"), nullable=False)
    start_date = db.Column(db.Date, nullable=False)
    end_date = db.Column(db.Date)
    monthly_rent = db.Column(db.Numeric(8, 2), nullable=False)
    deposit = db.Column(db.Numeric(8, 2))
    deposit_scheme_ref = db.Column(db.String(30))
    rent_day = db.Column(db.SmallInteger, default=1)
    break_clause_months = db.Column(db.SmallInteger)

    lead_tenant = db.relationship("Applicant")
    property = db.relationship("Property")


class RentPayment(db.Model):
    __tablename__ = "rent_payments"

    id = db.Column(db.Integer, primary_key=True)
    tenancy_id = db.Column(db.Integer, db.ForeignKey("tenancies.id"), index=True)
    due_on = db.Column(db.Date)
    paid_on = db.Column(db.Date)
    amount = db.Column(db.Numeric(8, 2))
    bank_reference = db.Column(db.String(18))
    arrears_after = db.Column(db.Numeric(8, 2), default=0)


class MaintenanceRequest(db.Model):
    __tablename__ = "maintenance_requests"

    id = db.Column(db.Integer, primary_key=True)
    tenancy_id = db.Column(db.Integer, db.ForeignKey("tenancies.id"))
    reported_by = db.Column(db.Integer, db.ForeignKey("applicants.id"))
    category = db.Column(db.String(30))
    priority = db.Column(db.String(10), default="normal")
    description = db.Column(db.Text)
    access_instructions = db.Column(db.Text)
    contractor = db.Column(db.String(120))
    quote_amount = db.Column(db.Numeric(8, 2))
    resolved_at = db.Column(db.DateTime)


class Viewing(db.Model):
    __tablename__ = "viewings"

    id = db.Column(db.Integer, primary_key=True)
    property_id = db.Column(db.Integer, db.ForeignKey("properties.id"))
    applicant_id = db.Column(db.Integer, db.ForeignKey("applicants.id"))
    slot = db.Column(db.DateTime)
    negotiator = db.Column(db.String(80))
    attended = db.Column(db.Boolean)
    feedback = db.Column(db.Text)
