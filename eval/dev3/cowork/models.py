"""Coworking space: members, desks, room bookings, door access (Flask-SQLAlchemy)."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Space(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80))
    address = db.Column(db.String(200))
    capacity = db.Column(db.Integer)
    wifi_ssid = db.Column(db.String(32))
    wifi_password = db.Column(db.String(64))
    opening_hours = db.Column(db.String(60))


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    full_name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), unique=True)
    phone = db.Column(db.String(20))
    company_name = db.Column(db.String(120))
    job_role = db.Column(db.String(80))
    linkedin_url = db.Column(db.String(200))
    access_card_number = db.Column(db.String(16), unique=True)
    status = db.Column(db.String(12), default="active")
    joined_on = db.Column(db.Date)
    door_pin = db.Column(db.String(6))
    keep_in_touch = db.Column(db.Boolean, default=False)
    photo = db.Column(db.String(200))
    billing_address = db.Column(db.Text)
    space_id = db.Column(db.Integer, db.ForeignKey("space.id"))


class RoomBooking(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    room = db.Column(db.String(40))
    starts_at = db.Column(db.DateTime)
    ends_at = db.Column(db.DateTime)
    attendees = db.Column(db.Integer)
    notes = db.Column(db.Text)


class VisitorPass(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    host_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    visitor_name = db.Column(db.String(120))
    visitor_email = db.Column(db.String(254))
    badge_colour = db.Column(db.String(10))


class DoorEvent(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    door = db.Column(db.String(20))
    granted = db.Column(db.Boolean)


class Invoice(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    number = db.Column(db.String(20))
    total = db.Column(db.Numeric(10, 2))
    paid = db.Column(db.Boolean, default=False)
    due_date = db.Column(db.Date)
