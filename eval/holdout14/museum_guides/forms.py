from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional


class VolunteerApplicationForm(FlaskForm):
    first_name = StringField("First name", validators=[DataRequired(), Length(max=60)])
    last_name = StringField("Last name", validators=[DataRequired(), Length(max=60)])
    email = StringField("Email", validators=[DataRequired(), Email()])
    phone = StringField("Phone", validators=[Optional()])
    address_line1 = StringField("Address", validators=[DataRequired()])
    town = StringField("Town")
    postcode = StringField("Postcode", validators=[DataRequired()])
    date_of_birth = DateField("Date of birth", validators=[Optional()])
    languages = StringField("Languages you could guide in")
    why_volunteer = TextAreaField("Why would you like to volunteer with us?")
    previous_experience = TextAreaField("Previous guiding or teaching experience")
    access_requirements = TextAreaField("Anything we should know to support you?")
    mailing_list = BooleanField("Send me news about museum events and exhibitions")
    submit = SubmitField("Apply")


class TourSearchForm(FlaskForm):
    date = DateField("Date", validators=[Optional()])
    gallery = SelectField("Gallery", coerce=int)
    tour_language = SelectField("Language", choices=["English", "Welsh", "French", "BSL"])
    submit = SubmitField("Search")


class ShiftSwapForm(FlaskForm):
    shift_id = SelectField("Your shift", coerce=int)
    swap_with = SelectField("Swap with", coerce=int)
    reason = TextAreaField("Reason", validators=[Optional()])
    submit = SubmitField("Request swap")
