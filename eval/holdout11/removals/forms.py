from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    IntegerField,
    PasswordField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional


class QuoteRequestForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    phone = TelField("Phone", validators=[Optional()])
    from_postcode = StringField("Moving from (postcode)", validators=[DataRequired()])
    to_postcode = StringField("Moving to (postcode)")
    move_date = DateField("Preferred moving date", validators=[Optional()])
    bedrooms = IntegerField("Bedrooms", validators=[NumberRange(min=0, max=10)])
    notes = TextAreaField("Anything we should know?")
    marketing_ok = BooleanField("Send me offers and moving tips")
    submit = SubmitField("Get my quote")


class AccessDetailsForm(FlaskForm):
    key_safe_code = PasswordField("Key safe code", validators=[Optional(), Length(max=10)])
    parking_notes = TextAreaField("Parking and access")
    floors_at_origin = IntegerField("Floors (origin)", default=0)
    has_lift = BooleanField("There is a lift")
    submit = SubmitField("Save")


class StaffLoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
    submit = SubmitField("Sign in")
