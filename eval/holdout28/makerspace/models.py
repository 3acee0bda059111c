from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Printer(db.Model):
    __tablename__ = "printers"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(40), nullable=False)
    model = db.Column(db.String(60))
    branch = db.Column(db.String(60), nullable=False)
    nozzle_mm = db.Column(db.Numeric(3, 2), default=0.4)
    bed_size_mm = db.Column(db.String(20))
    ip_address = db.Column(db.String(45))
    octoprint_api_key = db.Column(db.String(64))
    status = db.Column(db.String(12), default="idle")


class Filament(db.Model):
    __tablename__ = "filaments"

    id = db.Column(db.Integer, primary_key=True)
    material = db.Column(db.String(10), nullable=False)
    colour = db.Column(db.String(20), nullable=False)
    grams_left = db.Column(db.Integer, default=1000)
    pence_per_gram = db.Column(db.Numeric(5, 2), nullable=False)


class Maker(db.Model):
    __tablename__ = "makers"

    id = db.Column(db.Integer, primary_key=True)
    library_card_number = db.Column(db.String(14), unique=True, nullable=False)
    display_name = db.Column(db.String(60), nullable=False)
    email = db.Column(db.String(254))
    date_of_birth = db.Column(db.Date)
    guardian_email = db.Column(db.String(254))
    induction_done = db.Column(db.Boolean, default=False)
    credit = db.Column(db.Numeric(6, 2), default=0)
    banned = db.Column(db.Boolean, default=False)
    last_visit_at = db.Column(db.DateTime)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    jobs = db.relationship("PrintJob", back_populates="maker")


class PrintJob(db.Model):
    __tablename__ = "print_jobs"

    id = db.Column(db.Integer, primary_key=True)
    maker_id = db.Column(db.Integer, db.ForeignKey("makers.id"), nullable=False)
    printer_id = db.Column(db.Integer, db.ForeignKey("printers.id"))
    filament_id = db.Column(db.Integer, db.ForeignKey("filaments.id"))
    file_name = db.Column(db.String(200), nullable=False)
    estimated_grams = db.Column(db.Integer)
    estimated_minutes = db.Column(db.Integer)
    cost = db.Column(db.Numeric(6, 2))
    status = db.Column(db.String(12), default="queued")
    submitted_at = db.Column(db.DateTime, default=datetime.utcnow)
    submitted_from_ip = db.Column(db.String(45))
    finished_at = db.Column(db.DateTime)
    staff_notes = db.Column(db.Text)
    collected = db.Column(db.Boolean, default=False)

    maker = db.relationship("Maker", back_populates="jobs")
