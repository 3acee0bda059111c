from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Building(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    address = db.Column(db.String(200), nullable=False)
    postcode = db.Column(db.String(8), nullable=False)
    warden_name = db.Column(db.String(100))
    warden_phone = db.Column(db.String(20))
    boiler_type = db.Column(db.String(40))


class Resident(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    student_number = db.Column(db.String(9), unique=True, nullable=False)
    name = db.Column(db.String(120), nullable=False)
    university_email = db.Column(db.String(120), unique=True)
    mobile = db.Column(db.String(20))
    course = db.Column(db.String(120))
    year_of_study = db.Column(db.SmallInteger)
    contract_start = db.Column(db.Date)
    rent_arrears = db.Column(db.Numeric(8, 2), default=0)
    peep_required = db.Column(db.Boolean, default=False)
    emergency_contact_name = db.Column(db.String(120))
    emergency_contact_phone = db.Column(db.String(20))
    password_hash = db.Column(db.String(128))


class Room(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    building_id = db.Column(db.Integer, db.ForeignKey("building.id"), nullable=False)
    number = db.Column(db.String(8), nullable=False)
    floor = db.Column(db.SmallInteger)
    is_accessible = db.Column(db.Boolean, default=False)
    resident_id = db.Column(db.Integer, db.ForeignKey("resident.id"))


class Contractor(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    company_name = db.Column(db.String(120), nullable=False)
    contact_email = db.Column(db.String(120))
    phone = db.Column(db.String(20))
    gas_safe_number = db.Column(db.String(10))
    hourly_rate = db.Column(db.Numeric(6, 2))
    portal_password_hash = db.Column(db.String(128))


class MaintenanceRequest(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    room_id = db.Column(db.Integer, db.ForeignKey("room.id"), nullable=False)
    reported_by_id = db.Column(db.Integer, db.ForeignKey("resident.id"))
    category = db.Column(db.String(30), nullable=False)
    description = db.Column(db.Text, nullable=False)
    priority = db.Column(db.String(10), default="routine")
    permission_to_enter = db.Column(db.Boolean, default=False)
    access_instructions = db.Column(db.Text)
    photo_path = db.Column(db.String(255))
    status = db.Column(db.String(20), default="open")
    reported_at = db.Column(db.DateTime, default=datetime.utcnow)
    contractor_id = db.Column(db.Integer, db.ForeignKey("contractor.id"))

    reporter = db.relationship("Resident", backref="requests")


class Visit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    request_id = db.Column(db.Integer, db.ForeignKey("maintenance_request.id"))
    engineer_name = db.Column(db.String(100))
    arrived_at = db.Column(db.DateTime)
    left_at = db.Column(db.DateTime)
    parts_cost = db.Column(db.Numeric(8, 2))
