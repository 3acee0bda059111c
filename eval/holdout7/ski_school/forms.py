from flask_wtf import FlaskForm
from wtforms import (
    BooleanField, DateField, IntegerField, PasswordField, SelectField, StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, NumberRange, Optional


class BookingForm(FlaskForm):
    lead_guest_name = StringField("Your name", validators=[DataRequired()])
    email = StringField("Email", validators=[DataRequired(), Email()])
    phone = StringField("Mobile (for lesson changes)", validators=[Optional()])
    accommodation = StringField("Where are you staying?", validators=[Optional()])
    arrival_date = DateField("Arrival", validators=[DataRequired()])
    resort = SelectField("Resort", coerce=int)
    offers = BooleanField("Send me early-bird offers for next season")


class PupilForm(FlaskForm):
    first_name = StringField("First name", validators=[DataRequired()])
    last_name = StringField("Last name")
    date_of_birth = DateField("Date of birth", validators=[DataRequired()])
    ability = SelectField("Ability", choices=["first timer", "snowplough", "parallel", "off-piste"])
    height_cm = IntegerField("Height (cm)", validators=[NumberRange(80, 220)])
    weight_kg = IntegerField("Weight (kg)", validators=[NumberRange(10, 200)])
    medical_info = TextAreaField("Allergies, asthma, anything we should know")
    photo_consent = BooleanField("Happy for us to post group photos")


class InstructorLoginForm(FlaskForm):
    email = StringField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
