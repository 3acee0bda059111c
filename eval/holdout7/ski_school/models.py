from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Resort(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    country = db.Column(db.String(2), nullable=False)
    base_altitude_m = db.Column(db.Integer)
    office_phone = db.Column(db.String(20))
    meeting_point = db.Column(db.String(120))


class Instructor(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    resort_id = db.Column(db.Integer, db.ForeignKey("resort.id"), nullable=False)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(120), unique=True)
    phone = db.Column(db.String(20))
    qualification = db.Column(db.String(20))  # BASI / ESF level
    languages = db.Column(db.String(60))
    day_rate_eur = db.Column(db.Numeric(6, 2))
    bio = db.Column(db.Text)
    photo_url = db.Column(db.String(255))
    active = db.Column(db.Boolean, default=True)


class Booking(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(10), unique=True, nullable=False)
    lead_guest_name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(120), nullable=False)
    phone = db.Column(db.String(20))
    accommodation = db.Column(db.String(120))
    arrival_date = db.Column(db.Date)
    total_eur = db.Column(db.Numeric(8, 2))
    deposit_paid = db.Column(db.Boolean, default=False)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    pupils = db.relationship("Pupil", backref="booking", lazy=True)


class Pupil(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    booking_id = db.Column(db.Integer, db.ForeignKey("booking.id"), nullable=False)
    first_name = db.Column(db.String(60), nullable=False)
    last_name = db.Column(db.String(60))
    date_of_birth = db.Column(db.Date)
    ability = db.Column(db.String(20))
    height_cm = db.Column(db.Integer)
    weight_kg = db.Column(db.Integer)
    boot_size_mondo = db.Column(db.Numeric(3, 1))
    medical_info = db.Column(db.Text)
    emergency_phone = db.Column(db.String(20))


class LessonGroup(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    resort_id = db.Column(db.Integer, db.ForeignKey("resort.id"))
    instructor_id = db.Column(db.Integer, db.ForeignKey("instructor.id"))
    level = db.Column(db.String(20))
    discipline = db.Column(db.String(10), default="ski")
    starts_on = db.Column(db.Date)
    capacity = db.Column(db.Integer, default=8)


class Enrolment(db.Model):
    pupil_id = db.Column(db.Integer, db.ForeignKey("pupil.id"), primary_key=True)
    group_id = db.Column(db.Integer, db.ForeignKey("lesson_group.id"), primary_key=True)
    badge_awarded = db.Column(db.String(30))
    instructor_feedback = db.Column(db.Text)
