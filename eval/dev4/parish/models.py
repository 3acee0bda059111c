"""Parish office: electoral roll, baptisms, banns, gift aid and hall hire (Flask-SQLAlchemy)."""

from __future__ import annotations

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Parish(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))
    diocese = db.Column(db.String(80))
    office_address = db.Column(db.Text)
    postcode = db.Column(db.String(10))
    office_email = db.Column(db.String(120))
    office_phone = db.Column(db.String(20))
    incumbent_name = db.Column(db.String(120))
    households = db.Column(db.Integer)
    charity_number = db.Column(db.String(12))


class Parishioner(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(10))
    forenames = db.Column(db.String(80))
    surname = db.Column(db.String(80))
    house_name = db.Column(db.String(80))
    street = db.Column(db.String(120))
    postcode = db.Column(db.String(10))
    telephone = db.Column(db.String(20))
    email = db.Column(db.String(120))
    denomination = db.Column(db.String(40))
    confirmed = db.Column(db.Boolean)
    on_electoral_roll = db.Column(db.Boolean)
    pastoral_notes = db.Column(db.Text)
    housebound = db.Column(db.Boolean)
    weekly_digest = db.Column(db.Boolean)


class RollEntry(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    elector_id = db.Column(db.Integer, db.ForeignKey("parishioner.id"))
    enrolled_on = db.Column(db.Date)
    baptised = db.Column(db.Boolean)
    revised_by_id = db.Column(db.Integer, db.ForeignKey("user.id"))


class Baptism(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    child_name = db.Column(db.String(120))
    child_date_of_birth = db.Column(db.Date)
    mother_name = db.Column(db.String(120))
    father_name = db.Column(db.String(120))
    godparent_names = db.Column(db.Text)
    parents_address = db.Column(db.Text)
    baptism_date = db.Column(db.Date)
    register_entry = db.Column(db.Integer)
    officiant = db.Column(db.String(120))


class Banns(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    partner_one_name = db.Column(db.String(120))
    partner_one_condition = db.Column(db.String(20))
    partner_one_parish = db.Column(db.String(80))
    partner_two_name = db.Column(db.String(120))
    partner_two_condition = db.Column(db.String(20))
    partner_two_parish = db.Column(db.String(80))
    first_reading = db.Column(db.Date)


class GiftAidDeclaration(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    donor_full_name = db.Column(db.String(120))
    house_number = db.Column(db.String(20))
    postcode = db.Column(db.String(10))
    uk_taxpayer = db.Column(db.Boolean)
    annual_pledge = db.Column(db.Numeric(8, 2))
    declared_on = db.Column(db.Date)


class HallHire(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    hirer_name = db.Column(db.String(120))
    hirer_phone = db.Column(db.String(20))
    event_type = db.Column(db.String(40))
    hire_fee = db.Column(db.Numeric(7, 2))
    send_emails = db.Column(db.Boolean)
    email_subject = db.Column(db.String(120))
    starts_at = db.Column(db.DateTime)
