from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Doula(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    phone = db.Column(db.String(20))
    password_hash = db.Column(db.String(255), nullable=False)
    bio = db.Column(db.Text)
    base_town = db.Column(db.String(60))
    travel_radius_miles = db.Column(db.Integer, default=20)
    birth_fee = db.Column(db.Numeric(8, 2))
    insurance_expiry = db.Column(db.Date)


class Client(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    partner_name = db.Column(db.String(120))
    email = db.Column(db.String(254), nullable=False)
    phone = db.Column(db.String(20))
    address = db.Column(db.Text)
    estimated_due_date = db.Column(db.Date)
    pregnancy_number = db.Column(db.Integer)
    planned_birth_place = db.Column(db.String(40))
    hospital = db.Column(db.String(120))
    previous_caesarean = db.Column(db.Boolean, default=False)
    birth_preferences = db.Column(db.Text)
    how_heard = db.Column(db.String(60))
    newsletter = db.Column(db.Boolean, default=False)


class Booking(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    doula_id = db.Column(db.Integer, db.ForeignKey("doula.id"), nullable=False)
    client_id = db.Column(db.Integer, db.ForeignKey("client.id"), nullable=False)
    package = db.Column(db.String(40), default="birth")
    on_call_from = db.Column(db.Date)
    on_call_to = db.Column(db.Date)
    deposit_paid = db.Column(db.Boolean, default=False)
    total_price = db.Column(db.Numeric(8, 2))
    status = db.Column(db.String(20), default="provisional")
    client = db.relationship("Client", backref="bookings")


class BirthLog(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    booking_id = db.Column(db.Integer, db.ForeignKey("booking.id"), unique=True)
    labour_started_at = db.Column(db.DateTime)
    baby_born_at = db.Column(db.DateTime)
    baby_weight_grams = db.Column(db.Integer)
    delivery_type = db.Column(db.String(30))
    feeding = db.Column(db.String(20))
    doula_notes = db.Column(db.Text)
