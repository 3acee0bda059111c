from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Court(db.Model):
    __tablename__ = "courts"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    address = db.Column(db.Text)
    postcode = db.Column(db.String(8))
    jury_office_email = db.Column(db.String(200))
    jury_office_phone = db.Column(db.String(20))


class Juror(db.Model):
    __tablename__ = "jurors"

    id = db.Column(db.Integer, primary_key=True)
    juror_number = db.Column(db.String(9), unique=True, nullable=False)
    electoral_roll_ref = db.Column(db.String(20))
    title = db.Column(db.String(10))
    first_name = db.Column(db.String(60), nullable=False)
    last_name = db.Column(db.String(60), nullable=False)
    date_of_birth = db.Column(db.Date)
    address_line1 = db.Column(db.String(120))
    address_line2 = db.Column(db.String(120))
    town = db.Column(db.String(60))
    postcode = db.Column(db.String(8))
    phone = db.Column(db.String(20))
    email = db.Column(db.String(200))
    status = db.Column(db.String(12), default="summoned")


class Summons(db.Model):
    __tablename__ = "summonses"

    id = db.Column(db.Integer, primary_key=True)
    juror_id = db.Column(db.Integer, db.ForeignKey("jurors.id"), nullable=False)
    court_id = db.Column(db.Integer, db.ForeignKey("courts.id"), nullable=False)
    attend_on = db.Column(db.Date, nullable=False)
    sent_on = db.Column(db.Date, default=datetime.utcnow)
    response_due = db.Column(db.Date)

    juror = db.relationship("Juror", backref="summonses")


class SummonsResponse(db.Model):
    __tablename__ = "summons_responses"

    id = db.Column(db.Integer, primary_key=True)
    summons_id = db.Column(db.Integer, db.ForeignKey("summonses.id"), unique=True)
    mental_health_condition = db.Column(db.Boolean, default=False)
    deferral_reason = db.Column(db.Text)
    excusal_requested = db.Column(db.Boolean, default=False)
    preferred_dates = db.Column(db.Text)
    needs_adjustments = db.Column(db.Text)
    employer_name = db.Column(db.String(120))
    occupation = db.Column(db.String(80))
    submitted_at = db.Column(db.DateTime, default=datetime.utcnow)
    ip_address = db.Column(db.String(45))


class Attendance(db.Model):
    __tablename__ = "attendance"

    id = db.Column(db.Integer, primary_key=True)
    juror_id = db.Column(db.Integer, db.ForeignKey("jurors.id"), nullable=False)
    day = db.Column(db.Date, nullable=False)
    checked_in_at = db.Column(db.DateTime)
    mileage = db.Column(db.Integer, default=0)
    loss_of_earnings = db.Column(db.Numeric(8, 2), default=0)
    childcare_cost = db.Column(db.Numeric(8, 2), default=0)
    payment_account = db.Column(db.String(8))
    payment_sort_code = db.Column(db.String(8))
