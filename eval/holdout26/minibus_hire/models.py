"""Community transport: member groups hire the scheme's accessible minibuses."""

from .extensions import db


class Group(db.Model):
    __tablename__ = "groups"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    charity_number = db.Column(db.String(12))
    email = db.Column(db.String(254))
    phone = db.Column(db.String(20))
    address = db.Column(db.Text)
    postcode = db.Column(db.String(10))
    lead_contact_name = db.Column(db.String(120))
    lead_contact_mobile = db.Column(db.String(20))
    balance = db.Column(db.Numeric(8, 2), default=0)


class User(db.Model):
    __tablename__ = "users"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(254), unique=True, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)
    display_name = db.Column(db.String(80))
    role = db.Column(db.String(20), default="booker")
    group_id = db.Column(db.Integer, db.ForeignKey("groups.id"))
    last_login_at = db.Column(db.DateTime)


class Driver(db.Model):
    __tablename__ = "drivers"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254))
    phone = db.Column(db.String(20))
    date_of_birth = db.Column(db.Date)
    licence_number = db.Column(db.String(18))
    licence_categories = db.Column(db.String(40))
    licence_checked_on = db.Column(db.Date)
    midas_expiry = db.Column(db.Date)
    medical_declaration_ok = db.Column(db.Boolean, default=False)
    active = db.Column(db.Boolean, default=True)


class Vehicle(db.Model):
    __tablename__ = "vehicles"

    id = db.Column(db.Integer, primary_key=True)
    registration = db.Column(db.String(8), unique=True)
    seats = db.Column(db.Integer)
    wheelchair_spaces = db.Column(db.Integer, default=0)
    tail_lift = db.Column(db.Boolean, default=True)
    mot_due = db.Column(db.Date)
    tracker_imei = db.Column(db.String(15))


class Booking(db.Model):
    __tablename__ = "bookings"

    id = db.Column(db.Integer, primary_key=True)
    group_id = db.Column(db.Integer, db.ForeignKey("groups.id"), nullable=False)
    vehicle_id = db.Column(db.Integer, db.ForeignKey("vehicles.id"))
    driver_id = db.Column(db.Integer, db.ForeignKey("drivers.id"))
    booked_by_id = db.Column(db.Integer, db.ForeignKey("users.id"))
    pickup_point = db.Column(db.String(200))
    destination = db.Column(db.String(200))
    depart_at = db.Column(db.DateTime)
    passengers = db.Column(db.Integer)
    wheelchair_users = db.Column(db.Integer, default=0)
    quoted_price = db.Column(db.Numeric(8, 2))
    notes = db.Column(db.Text)
    status = db.Column(db.String(16), default="requested")

    group = db.relationship("Group", backref="bookings")
    driver = db.relationship("Driver", backref="trips")
