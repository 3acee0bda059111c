from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = "postgresql://agency@db/agency"
    SECRET_KEY = "change-me"
    MAIL_SERVER = "smtp.mailgun.org"
    MAIL_PASSWORD = ""
    SMS_API_TOKEN = ""


class Interpreter(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    full_name = db.Column(db.String(120), nullable=False)
    nrcpd_number = db.Column(db.String(12), unique=True)
    email = db.Column(db.String(200), unique=True, nullable=False)
    mobile = db.Column(db.String(20))
    home_postcode = db.Column(db.String(10))
    travel_radius_miles = db.Column(db.Integer, default=25)
    qualifications = db.Column(db.Text)
    is_deaf = db.Column(db.Boolean, default=False)
    hourly_rate = db.Column(db.Numeric(6, 2))
    sort_code = db.Column(db.String(8))
    account_number = db.Column(db.String(8))
    password_hash = db.Column(db.String(255))
    active = db.Column(db.Boolean, default=True)


class DeafClient(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(200))
    sms_number = db.Column(db.String(20))
    video_relay_handle = db.Column(db.String(60))
    preferred_language = db.Column(db.String(20), default="BSL")
    deafblind = db.Column(db.Boolean, default=False)
    communication_notes = db.Column(db.Text)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class Booking(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    client_id = db.Column(db.Integer, db.ForeignKey("deaf_client.id"))
    interpreter_id = db.Column(db.Integer, db.ForeignKey("interpreter.id"))
    customer_org = db.Column(db.String(120))
    setting = db.Column(db.String(20))
    venue_address = db.Column(db.String(250))
    starts_at = db.Column(db.DateTime, nullable=False)
    duration_mins = db.Column(db.Integer, default=120)
    assignment_notes = db.Column(db.Text)
    status = db.Column(db.String(12), default="requested")
    invoice_total = db.Column(db.Numeric(8, 2))

    client = db.relationship("DeafClient", backref="bookings")
    interpreter = db.relationship("Interpreter", backref="bookings")
