"""Checkout and attendee forms of the box-office site (Flask-WTF)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    DecimalField,
    EmailField,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional


class QuantityForm(FlaskForm):
    tier_id = HiddenField(validators=[DataRequired()])
    quantity = IntegerField("Tickets", validators=[NumberRange(min=1, max=10)])
    promo_code = StringField("Promo code", validators=[Optional(), Length(max=20)])


class BuyerForm(FlaskForm):
    full_name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    confirm_email = EmailField("Confirm email", validators=[DataRequired(), Email()])
    phone = TelField("Phone", validators=[Optional()])
    billing_postcode = StringField("Postcode", validators=[DataRequired()])
    create_account = BooleanField("Save my details")
    password = PasswordField("Password", validators=[Optional(), Length(min=10)])
    hear_about_us = SelectField(
        "How did you hear about us?",
        choices=[("social", "Social media"), ("friend", "A friend"), ("press", "Press")],
    )
    newsletter = BooleanField("Send me news about future events")


class CardForm(FlaskForm):
    cardholder_name = StringField("Name on card", validators=[DataRequired()])
    card_number = StringField("Card number", validators=[DataRequired(), Length(13, 19)])
    expiry = StringField("MM/YY", validators=[DataRequired(), Length(5, 5)])
    security_code = PasswordField("CVC", validators=[DataRequired(), Length(3, 4)])
    save_card = BooleanField("Remember this card")


class AttendeeForm(FlaskForm):
    attendee_name = StringField("Attendee name", validators=[DataRequired()])
    age_on_event_day = IntegerField("Age", validators=[Optional(), NumberRange(min=0)])
    wheelchair_space = BooleanField("Wheelchair space needed")
    access_requirements = TextAreaField("Access requirements", validators=[Optional()])


class EventAdminForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=140)])
    venue = StringField("Venue", validators=[DataRequired()])
    venue_address = TextAreaField("Venue address")
    starts_at = DateTimeLocalField("Starts", format="%Y-%m-%dT%H:%M")
    doors_open_minutes = IntegerField("Doors open (minutes before)", default=30)
    age_restriction = IntegerField("Minimum age", validators=[Optional()])
    capacity = IntegerField("Capacity")
    base_price = DecimalField("Base price", places=2)
    box_office_email = EmailField("Box office contact")
    on_sale = BooleanField("On sale")
