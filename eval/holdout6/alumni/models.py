from datetime import datetime

from .extensions import db


class Alumnus(db.Model):
    __tablename__ = "alumni"

    id = db.Column(db.Integer, primary_key=True)
    student_number = db.Column(db.String(12), unique=True, index=True)
    first_name = db.Column(db.String(60), nullable=False)
    last_name = db.Column(db.String(60), nullable=False)
    maiden_name = db.Column(db.String(60))
    graduation_year = db.Column(db.Integer)
    degree = db.Column(db.String(120))
    college = db.Column(db.String(80))
    current_employer = db.Column(db.String(120))
    job_title = db.Column(db.String(120))
    industry = db.Column(db.String(60))
    linkedin_url = db.Column(db.String(255))
    city = db.Column(db.String(80))
    country = db.Column(db.String(2))
    email = db.Column(db.String(254), unique=True, nullable=False)
    phone = db.Column(db.String(20))
    mentor_available = db.Column(db.Boolean, default=False)
    donor_tier = db.Column(db.String(10))
    news_digest = db.Column(db.Boolean, default=True)
    last_login_at = db.Column(db.DateTime)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    registrations = db.relationship("EventRegistration", backref="alumnus", lazy="dynamic")

    def __repr__(self):
        return f"<Alumnus {self.id}>"


class Event(db.Model):
    __tablename__ = "events"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(160), nullable=False)
    starts_at = db.Column(db.DateTime, nullable=False)
    venue = db.Column(db.String(160))
    capacity = db.Column(db.Integer)
    ticket_price = db.Column(db.Numeric(8, 2), default=0)
    is_online = db.Column(db.Boolean, default=False)


class EventRegistration(db.Model):
    __tablename__ = "event_registrations"

    id = db.Column(db.Integer, primary_key=True)
    alumnus_id = db.Column(db.Integer, db.ForeignKey("alumni.id"), nullable=False)
    event_id = db.Column(db.Integer, db.ForeignKey("events.id"), nullable=False)
    guest_name = db.Column(db.String(120))
    checked_in = db.Column(db.Boolean, default=False)
    registered_at = db.Column(db.DateTime, default=datetime.utcnow)

    event = db.relationship("Event")


class Donation(db.Model):
    __tablename__ = "donations"

    id = db.Column(db.Integer, primary_key=True)
    alumnus_id = db.Column(db.Integer, db.ForeignKey("alumni.id"), nullable=False)
    amount = db.Column(db.Numeric(10, 2), nullable=False)
    fund = db.Column(db.String(60), default="annual")
    gift_aid = db.Column(db.Boolean, default=False)
    donated_at = db.Column(db.DateTime, default=datetime.utcnow)
