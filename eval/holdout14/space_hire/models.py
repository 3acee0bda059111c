from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Venue(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    address_line1 = db.Column(db.String(120))
    city = db.Column(db.String(60))
    postcode = db.Column(db.String(8))
    lat = db.Column(db.Float)
    lng = db.Column(db.Float)
    phone = db.Column(db.String(20))
    bookings_email = db.Column(db.String(254))
    manager_name = db.Column(db.String(120))


class Room(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    venue_id = db.Column(db.Integer, db.ForeignKey("venue.id"), nullable=False)
    name = db.Column(db.String(80))
    capacity = db.Column(db.Integer)
    floor_area_m2 = db.Column(db.Float)
    hourly_rate = db.Column(db.Numeric(7, 2))
    day_rate = db.Column(db.Numeric(8, 2))
    step_free = db.Column(db.Boolean, default=True)
    hearing_loop = db.Column(db.Boolean, default=False)


class Hirer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))
    email = db.Column(db.String(254), unique=True)
    phone = db.Column(db.String(20))
    organisation = db.Column(db.String(120))
    blocked = db.Column(db.Boolean, default=False)


class Booking(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    room_id = db.Column(db.Integer, db.ForeignKey("room.id"), nullable=False)
    hirer_id = db.Column(db.Integer, db.ForeignKey("hirer.id"))
    event_title = db.Column(db.String(120))
    starts_at = db.Column(db.DateTime, nullable=False)
    ends_at = db.Column(db.DateTime, nullable=False)
    layout = db.Column(db.String(20), default="boardroom")
    attendees = db.Column(db.Integer)
    catering = db.Column(db.Boolean, default=False)
    invoice_email = db.Column(db.String(254))
    purchase_order = db.Column(db.String(30))
    total_price = db.Column(db.Numeric(9, 2))
    status = db.Column(db.String(12), default="provisional")
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class Invoice(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    booking_id = db.Column(db.Integer, db.ForeignKey("booking.id"))
    number = db.Column(db.String(12), unique=True)
    billing_address = db.Column(db.Text)
    net = db.Column(db.Numeric(9, 2))
    vat = db.Column(db.Numeric(9, 2))
    issued_on = db.Column(db.Date)
    paid = db.Column(db.Boolean, default=False)
