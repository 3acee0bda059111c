from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Clinic(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    address = db.Column(db.String(255))
    phone = db.Column(db.String(20))
    wheelchair_access = db.Column(db.Boolean, default=True)


class Clinician(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    hcpc_number = db.Column(db.String(10), unique=True)
    email = db.Column(db.String(255), unique=True)
    band = db.Column(db.String(10))
    password_hash = db.Column(db.String(255))
    last_login_at = db.Column(db.DateTime)


class Patient(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(10))
    first_name = db.Column(db.String(60), nullable=False)
    surname = db.Column(db.String(60), nullable=False)
    dob = db.Column(db.Date, nullable=False)
    sex = db.Column(db.String(1))
    nhs_number = db.Column(db.String(10), unique=True, index=True)
    gp_practice = db.Column(db.String(120))
    address = db.Column(db.Text)
    postcode = db.Column(db.String(8))
    phone = db.Column(db.String(20))
    diabetic = db.Column(db.Boolean, default=False)
    on_anticoagulants = db.Column(db.Boolean, default=False)
    mobility = db.Column(db.String(40))
    consent_to_sms = db.Column(db.Boolean, default=True)


class Appointment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    patient_id = db.Column(db.Integer, db.ForeignKey("patient.id"), nullable=False)
    clinician_id = db.Column(db.Integer, db.ForeignKey("clinician.id"))
    clinic_id = db.Column(db.Integer, db.ForeignKey("clinic.id"))
    starts_at = db.Column(db.DateTime, nullable=False)
    home_visit = db.Column(db.Boolean, default=False)
    did_not_attend = db.Column(db.Boolean, default=False)

    patient = db.relationship("Patient", backref="appointments")


class FootAssessment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    appointment_id = db.Column(db.Integer, db.ForeignKey("appointment.id"), unique=True)
    sensation_monofilament = db.Column(db.Integer)  # sites felt, out of 10
    abpi_left = db.Column(db.Numeric(3, 2))
    abpi_right = db.Column(db.Numeric(3, 2))
    risk_category = db.Column(db.String(10))  # low, moderate, high, active
    ulcer_present = db.Column(db.Boolean, default=False)
    treatment_given = db.Column(db.Text)
    clinical_notes = db.Column(db.Text)
