from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(32), unique=True, nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)
    native_language = db.Column(db.String(8), nullable=False)
    learning_language = db.Column(db.String(8), nullable=False)
    proficiency = db.Column(db.String(2), default="A1")
    city = db.Column(db.String(80))
    country = db.Column(db.String(2))
    birth_date = db.Column(db.Date)
    gender = db.Column(db.String(20))
    bio = db.Column(db.Text)
    avatar_url = db.Column(db.String(500))
    last_seen = db.Column(db.DateTime)
    is_banned = db.Column(db.Boolean, default=False)


class Conversation(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    started_by_id = db.Column(db.Integer, db.ForeignKey("member.id"), nullable=False)
    partner_id = db.Column(db.Integer, db.ForeignKey("member.id"), nullable=False)
    topic = db.Column(db.String(120))
    created_at = db.Column(db.DateTime, default=datetime.utcnow)


class Message(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    conversation_id = db.Column(db.Integer, db.ForeignKey("conversation.id"), index=True)
    sender_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    body = db.Column(db.Text, nullable=False)
    corrected_body = db.Column(db.Text)
    sent_at = db.Column(db.DateTime, default=datetime.utcnow)
    read_at = db.Column(db.DateTime)


class Report(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    reporter_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    reported_member_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    reason = db.Column(db.String(30))
    details = db.Column(db.Text)
    reporter_ip = db.Column(db.String(45))
