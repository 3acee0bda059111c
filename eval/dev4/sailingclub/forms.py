"""Sailing club membership, race entry and committee forms (WTForms)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    IntegerField,
    SelectField,
    StringField,
    TelField,
    TextAreaField,
)


class MembershipForm(FlaskForm):
    full_name = StringField("Full name")
    date_of_birth = DateField("Date of birth")
    address_line1 = StringField("Address")
    town = StringField("Town")
    postcode = StringField("Postcode")
    email = EmailField("Email")
    mobile = TelField("Mobile")
    can_swim_50m = BooleanField("I can swim 50 metres")
    medical_conditions = TextAreaField("Medical conditions")
    membership_category = SelectField("Category", choices=["family", "adult", "cadet"])
    partner_name = StringField("Partner's name")
    photo_consent = BooleanField("Photos may be used")
    club_news_by_email = BooleanField("Club news by e-mail")


class RaceEntryForm(FlaskForm):
    helm_name = StringField("Helm")
    crew_name = StringField("Crew")
    sail_number = StringField("Sail number")
    boat_class = SelectField("Class", choices=["Laser", "RS200", "Topper"])
    handicap = IntegerField("PY handicap")
    helm_age_group = SelectField("Age group", choices=["junior", "senior", "master"])


class SafetyBoatRotaForm(FlaskForm):
    driver_name = StringField("Driver")
    powerboat_level2_number = StringField("PB2 certificate number")
    first_aid_expiry = DateField("First aid expiry")
    duty_date = DateField("Duty date")


class BroadcastForm(FlaskForm):
    subject = StringField("Subject")
    body = TextAreaField("Message")
    send_emails = BooleanField("Send e-mails")
    send_sms = BooleanField("Send texts")
    audience = SelectField("Audience", choices=["all", "cadets", "committee"])


class ClubDetailsForm(FlaskForm):
    club_name = StringField("Club name")
    secretary_email = EmailField("Secretary e-mail")
    clubhouse_phone = TelField("Clubhouse phone")
    clubhouse_postcode = StringField("Clubhouse postcode")
    rya_affiliation_number = StringField("RYA affiliation")
