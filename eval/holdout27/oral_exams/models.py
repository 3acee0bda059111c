from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Candidate(db.Model):
    __tablename__ = "candidates"

    id = db.Column(db.Integer, primary_key=True)
    candidate_number = db.Column(db.String(4), nullable=False)
    uln = db.Column(db.String(10), unique=True)
    first_name = db.Column(db.String(60), nullable=False)
    last_name = db.Column(db.String(60), nullable=False)
    date_of_birth = db.Column(db.Date)
    year_group = db.Column(db.SmallInteger)
    tutor_group = db.Column(db.String(6))
    access_arrangements = db.Column(db.String(200))
    first_language = db.Column(db.String(40))


class Examiner(db.Model):
    __tablename__ = "examiners"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(254))
    examiner_number = db.Column(db.String(10))
    fee_per_candidate = db.Column(db.Numeric(5, 2))


class ExamSession(db.Model):
    __tablename__ = "exam_sessions"

    id = db.Column(db.Integer, primary_key=True)
    language = db.Column(db.String(20), nullable=False)
    tier = db.Column(db.String(10), default="higher")
    room = db.Column(db.String(20))
    starts_at = db.Column(db.DateTime, nullable=False)
    examiner_id = db.Column(db.Integer, db.ForeignKey("examiners.id"))


class Recording(db.Model):
    __tablename__ = "recordings"

    id = db.Column(db.Integer, primary_key=True)
    candidate_id = db.Column(db.Integer, db.ForeignKey("candidates.id"), nullable=False)
    session_id = db.Column(db.Integer, db.ForeignKey("exam_sessions.id"), nullable=False)
    audio_path = db.Column(db.String(300))
    duration_s = db.Column(db.Integer)
    checksum = db.Column(db.String(64))
    uploaded_at = db.Column(db.DateTime, default=datetime.utcnow)


class Mark(db.Model):
    __tablename__ = "marks"

    id = db.Column(db.Integer, primary_key=True)
    candidate_id = db.Column(db.Integer, db.ForeignKey("candidates.id"), nullable=False)
    task = db.Column(db.String(30))
    raw_mark = db.Column(db.SmallInteger)
    grade = db.Column(db.String(2))
    examiner_comment = db.Column(db.Text)
    moderated = db.Column(db.Boolean, default=False)
