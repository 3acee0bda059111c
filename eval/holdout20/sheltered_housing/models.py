from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Scheme(db.Model):
    __tablename__ = "schemes"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    address = db.Column(db.Text, nullable=False)
    postcode = db.Column(db.String(8), nullable=False)
    office_phone = db.Column(db.String(20))
    units = db.Column(db.Integer, default=30)
    has_lift = db.Column(db.Boolean, default=False)
    warden_id = db.Column(db.Integer, db.ForeignKey("wardens.id"))


class Warden(db.Model):
    __tablename__ = "wardens"

    id = db.Column(db.Integer, primary_key=True)
    staff_number = db.Column(db.String(10), unique=True, nullable=False)
    name = db.Column(db.String(120), nullable=False)
    mobile = db.Column(db.String(20))
    email = db.Column(db.String(254), unique=True)
    contracted_hours = db.Column(db.Numeric(4, 1))
    on_call = db.Column(db.Boolean, default=False)
    password_hash = db.Column(db.String(255))


class Tenant(db.Model):
    __tablename__ = "tenants"

    id = db.Column(db.Integer, primary_key=True)
    scheme_id = db.Column(db.Integer, db.ForeignKey("schemes.id"), nullable=False)
    flat_number = db.Column(db.String(6), nullable=False)
    name = db.Column(db.String(120), nullable=False)
    date_of_birth = db.Column(db.Date)
    phone = db.Column(db.String(20))
    lifeline_pendant_id = db.Column(db.String(24))
    mobility = db.Column(db.String(40))
    hearing_impaired = db.Column(db.Boolean, default=False)
    medication_notes = db.Column(db.Text)
    gp_surgery = db.Column(db.String(120))
    next_of_kin_name = db.Column(db.String(120))
    next_of_kin_phone = db.Column(db.String(20))
    key_held = db.Column(db.Boolean, default=True)
    daily_call_opt_out = db.Column(db.Boolean, default=False)
    rent_account_balance = db.Column(db.Numeric(8, 2), default=0)
    tenancy_start = db.Column(db.Date)

    scheme = db.relationship("Scheme", backref="tenants")


class WelfareCall(db.Model):
    __tablename__ = "welfare_calls"

    id = db.Column(db.Integer, primary_key=True)
    tenant_id = db.Column(db.Integer, db.ForeignKey("tenants.id"), nullable=False)
    warden_id = db.Column(db.Integer, db.ForeignKey("wardens.id"))
    called_at = db.Column(db.DateTime, default=datetime.utcnow)
    answered = db.Column(db.Boolean, default=True)
    concerns = db.Column(db.Text)


class AlarmActivation(db.Model):
    __tablename__ = "alarm_activations"

    id = db.Column(db.Integer, primary_key=True)
    tenant_id = db.Column(db.Integer, db.ForeignKey("tenants.id"))
    raised_at = db.Column(db.DateTime, nullable=False)
    source = db.Column(db.String(20))
    outcome = db.Column(db.Text)
