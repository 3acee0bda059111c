"""Support tickets, the agents who answer them and the customers who raise them."""

from __future__ import annotations

from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Organisation(db.Model):
    __tablename__ = "organisations"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(200), nullable=False)
    domain = db.Column(db.String(120), unique=True)
    plan = db.Column(db.String(20), default="free")
    seats = db.Column(db.Integer, default=3)
    support_phone = db.Column(db.String(30))
    ip_allowlist = db.Column(db.Text)


class Customer(db.Model):
    __tablename__ = "customers"

    id = db.Column(db.Integer, primary_key=True)
    organisation_id = db.Column(db.Integer, db.ForeignKey("organisations.id"))
    name = db.Column(db.String(160))
    email = db.Column(db.String(254), index=True)
    msisdn = db.Column(db.String(16))
    company = db.Column(db.String(160))
    locale = db.Column(db.String(10), default="en")
    tz = db.Column(db.String(40))
    twitter_handle = db.Column(db.String(30))
    vip = db.Column(db.Boolean, default=False)
    created = db.Column(db.DateTime, default=datetime.utcnow)


class Agent(db.Model):
    __tablename__ = "agents"

    id = db.Column(db.Integer, primary_key=True)
    login = db.Column(db.String(60), unique=True, nullable=False)
    display_name = db.Column(db.String(120))
    pw_hash = db.Column(db.String(128))
    totp_seed = db.Column(db.String(32))
    avatar = db.Column(db.String(255))
    role = db.Column(db.String(20), default="agent")
    max_open_tickets = db.Column(db.Integer, default=25)
    last_seen_at = db.Column(db.DateTime)
    signature_html = db.Column(db.Text)


class Queue(db.Model):
    __tablename__ = "queues"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80))
    inbound_address = db.Column(db.String(254))
    sender_email_template_id = db.Column(db.Integer)
    auto_assign = db.Column(db.Boolean, default=True)
    sla_minutes = db.Column(db.Integer, default=480)


class Ticket(db.Model):
    __tablename__ = "tickets"

    id = db.Column(db.Integer, primary_key=True)
    number = db.Column(db.String(12), unique=True)
    queue_id = db.Column(db.Integer, db.ForeignKey("queues.id"))
    requester_id = db.Column(db.Integer, db.ForeignKey("customers.id"))
    assignee_id = db.Column(db.Integer, db.ForeignKey("agents.id"))
    subject = db.Column(db.String(250))
    description = db.Column(db.Text)
    state = db.Column(db.String(20), default="new")
    priority = db.Column(db.SmallInteger, default=2)
    channel = db.Column(db.String(10))
    source_ip = db.Column(db.String(45))
    satisfaction_score = db.Column(db.SmallInteger)
    opened_at = db.Column(db.DateTime, default=datetime.utcnow)
    closed_at = db.Column(db.DateTime)

    requester = db.relationship("Customer", backref="tickets")
    assignee = db.relationship("Agent")


class Comment(db.Model):
    __tablename__ = "ticket_comments"

    id = db.Column(db.Integer, primary_key=True)
    ticket_id = db.Column(db.Integer, db.ForeignKey("tickets.id"), nullable=False)
    author_agent_id = db.Column(db.Integer, db.ForeignKey("agents.id"))
    body = db.Column(db.Text, nullable=False)
    internal_note = db.Column(db.Boolean, default=False)
    posted_at = db.Column(db.DateTime, default=datetime.utcnow)


class Attachment(db.Model):
    __tablename__ = "attachments"

    id = db.Column(db.Integer, primary_key=True)
    comment_id = db.Column(db.Integer, db.ForeignKey("ticket_comments.id"))
    name = db.Column(db.String(255))
    content_type = db.Column(db.String(100))
    size = db.Column(db.Integer)
    storage_key = db.Column(db.String(200))
    virus_scanned = db.Column(db.Boolean, default=False)


class Macro(db.Model):
    __tablename__ = "macros"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120))
    reply_template = db.Column(db.Text)
    usage_count = db.Column(db.Integer, default=0)
    user_agent_parser_version = db.Column(db.String(12))
