"""Dog training school: trainers, courses, owners, their dogs and enrolments."""
from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Trainer(db.Model):
    __tablename__ = "trainers"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    phone = db.Column(db.String(20))
    qualifications = db.Column(db.Text)
    hourly_rate = db.Column(db.Numeric(6, 2))
    password_hash = db.Column(db.String(255), nullable=False)
    courses = db.relationship("Course", backref="trainer", lazy="dynamic")


class Course(db.Model):
    __tablename__ = "courses"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120), nullable=False)
    level = db.Column(db.String(20), nullable=False, default="puppy")
    venue = db.Column(db.String(120))
    venue_postcode = db.Column(db.String(10))
    trainer_id = db.Column(db.Integer, db.ForeignKey("trainers.id"))
    price = db.Column(db.Numeric(7, 2), nullable=False)
    max_dogs = db.Column(db.Integer, default=8)
    weeks = db.Column(db.Integer, default=6)
    starts_on = db.Column(db.Date, nullable=False)


class Owner(db.Model):
    __tablename__ = "owners"

    id = db.Column(db.Integer, primary_key=True)
    full_name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    phone = db.Column(db.String(20))
    address_line1 = db.Column(db.String(120))
    town = db.Column(db.String(60))
    postcode = db.Column(db.String(10))
    emergency_contact_phone = db.Column(db.String(20))
    marketing_opt_in = db.Column(db.Boolean, default=False)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)
    dogs = db.relationship("Dog", backref="owner", lazy=True)


class Dog(db.Model):
    __tablename__ = "dogs"

    id = db.Column(db.Integer, primary_key=True)
    owner_id = db.Column(db.Integer, db.ForeignKey("owners.id"), nullable=False)
    name = db.Column(db.String(60), nullable=False)
    breed = db.Column(db.String(60))
    sex = db.Column(db.String(1))
    date_of_birth = db.Column(db.Date)
    weight_kg = db.Column(db.Numeric(4, 1))
    neutered = db.Column(db.Boolean)
    microchip_number = db.Column(db.String(15))
    vaccinations_up_to_date = db.Column(db.Boolean, default=False)
    vet_practice = db.Column(db.String(120))
    behaviour_notes = db.Column(db.Text)


class Enrolment(db.Model):
    __tablename__ = "enrolments"

    id = db.Column(db.Integer, primary_key=True)
    course_id = db.Column(db.Integer, db.ForeignKey("courses.id"), nullable=False)
    dog_id = db.Column(db.Integer, db.ForeignKey("dogs.id"), nullable=False)
    owner_id = db.Column(db.Integer, db.ForeignKey("owners.id"), nullable=False)
    amount_paid = db.Column(db.Numeric(7, 2), default=0)
    sessions_attended = db.Column(db.Integer, default=0)
    enrolled_at = db.Column(db.DateTime, default=datetime.utcnow)
