from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Reader(db.Model):
    __tablename__ = "readers"

    id = db.Column(db.Integer, primary_key=True)
    full_name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(255), index=True)
    phone = db.Column(db.String(30))
    street_address = db.Column(db.String(200))
    town = db.Column(db.String(80))
    postcode = db.Column(db.String(10))
    banned = db.Column(db.Boolean, default=False)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    letters = db.relationship("Letter", backref="reader", lazy="dynamic")


class Letter(db.Model):
    __tablename__ = "letters"

    id = db.Column(db.Integer, primary_key=True)
    reader_id = db.Column(db.Integer, db.ForeignKey("readers.id"), nullable=False)
    subject = db.Column(db.String(200))
    body = db.Column(db.Text, nullable=False)
    sign_off_name = db.Column(db.String(120))
    sign_off_town = db.Column(db.String(80))
    withhold_name = db.Column(db.Boolean, default=False)
    status = db.Column(db.String(12), default="received")
    word_count = db.Column(db.Integer)
    received_at = db.Column(db.DateTime, default=datetime.utcnow)


class Staff(db.Model):
    __tablename__ = "staff"

    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(40), unique=True, nullable=False)
    display_name = db.Column(db.String(120))
    role = db.Column(db.String(30), default="sub-editor")
    password_hash = db.Column(db.String(255), nullable=False)
    last_login = db.Column(db.DateTime)


class Edition(db.Model):
    __tablename__ = "editions"

    id = db.Column(db.Integer, primary_key=True)
    publication_date = db.Column(db.Date, unique=True, nullable=False)
    page_number = db.Column(db.Integer, default=14)
    editor_id = db.Column(db.Integer, db.ForeignKey("staff.id"))
    print_run = db.Column(db.Integer)


class PublishedLetter(db.Model):
    __tablename__ = "published_letters"

    id = db.Column(db.Integer, primary_key=True)
    letter_id = db.Column(db.Integer, db.ForeignKey("letters.id"), unique=True)
    edition_id = db.Column(db.Integer, db.ForeignKey("editions.id"))
    headline = db.Column(db.String(120))
    edited_body = db.Column(db.Text)
    position = db.Column(db.Integer, default=0)
