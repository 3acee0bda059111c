"""A Flask-SQLAlchemy clinic (evaluation corpus; labels in eval/labels.toml)."""

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import Mapped, mapped_column, relationship

db = SQLAlchemy()


class Patient(db.Model):
    __tablename__ = "patients"
    id = db.Column(db.Integer, primary_key=True)
    full_name = db.Column(db.String(200), nullable=False)
    nhs_number = db.Column(db.String(10), unique=True)
    dob = db.Column(db.Date)
    sex = db.Column(db.String(1))
    ethnicity = db.Column(db.String(50))
    religion = db.Column(db.String(50))
    email = db.Column(db.String(255))
    mobile = db.Column(db.String(32))
    home_address = db.Column(db.Text)
    blood_type = db.Column(db.String(3))
    allergies = db.Column(db.Text)
    is_smoker = db.Column(db.Boolean)
    height_cm = db.Column(db.Float)
    weight_kg = db.Column(db.Float)
    next_of_kin = db.Column(db.String(200))
    gp_practice_code = db.Column(db.String(10))
    registered_at = db.Column(db.DateTime)
    record_count = db.Column(db.Integer)
    appointments = relationship("Appointment", back_populates="patient")


class Appointment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    patient_id = db.Column(db.Integer, db.ForeignKey("patients.id"))
    patient = relationship("Patient", back_populates="appointments")
    clinician_id = db.Column(db.Integer, db.ForeignKey("staff.id"))
    starts_at = db.Column(db.DateTime)
    room = db.Column(db.String(20))
    diagnosis = db.Column(db.Text)
    prescription = db.Column(db.Text)
    clinical_notes = db.Column(db.Text)
    blood_pressure = db.Column(db.String(16))
    heart_rate = db.Column(db.Integer)
    reminder_sent = db.Column(db.Boolean, default=False)
    cancelled = db.Column(db.Boolean, default=False)


class Staff(db.Model):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(unique=True)
    password_hash: Mapped[str]
    job_title: Mapped[str]
    salary: Mapped[int]
    hire_date: Mapped[str]
    work_phone: Mapped[str]
    union_member: Mapped[bool]
    badge_photo: Mapped[str]
    national_insurance_number: Mapped[str]
    bank_account_number: Mapped[str]
    sort_code: Mapped[str]
    is_admin: Mapped[bool]
    last_login: Mapped[str]


class Ward(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(50))
    floor = db.Column(db.Integer)
    bed_count = db.Column(db.Integer)
    phone_extension = db.Column(db.String(8))
    manager_email = db.Column(db.String(255))


class LabResult(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    patient_id = db.Column(db.Integer, db.ForeignKey("patients.id"))
    test_code = db.Column(db.String(16))
    result_value = db.Column(db.Float)
    lab_results = db.Column(db.Text)
    dna_sample_ref = db.Column(db.String(32))
    fingerprint_template = db.Column(db.LargeBinary)
    reported_at = db.Column(db.DateTime)
    file_name = db.Column(db.String(200))


class AuditLog(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    actor_id = db.Column(db.Integer)
    action = db.Column(db.String(50))
    ip_address = db.Column(db.String(45))
    user_agent = db.Column(db.String(255))
    created_at = db.Column(db.DateTime)
    race_condition = db.Column(db.Boolean)
