from flask_wtf import FlaskForm
from wtforms import (
    BooleanField, DateField, DateTimeLocalField, EmailField, IntegerField,
    PasswordField, StringField, SubmitField, TelField, TextAreaField,
)
from wtforms.validators import DataRequired, Email, NumberRange, Optional


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")


class BookingRequestForm(FlaskForm):
    group_name = StringField("Group or organisation", validators=[DataRequired()])
    your_name = StringField("Your name", validators=[DataRequired()])
    your_phone = TelField("Your phone number", validators=[DataRequired()])
    your_email = EmailField("Your email", validators=[Optional(), Email()])
    depart_at = DateTimeLocalField("Leaving", validators=[DataRequired()])
    pickup_point = StringField("Pick-up point")
    destination = StringField("Destination")
    passengers = IntegerField("Passengers", validators=[NumberRange(min=1, max=16)])
    wheelchair_users = IntegerField("Wheelchair users", default=0)
    needs_driver = BooleanField("We need one of your volunteer drivers")
    notes = TextAreaField("Anything else we should know")
    submit = SubmitField("Send request")


class DriverApplicationForm(FlaskForm):
    full_name = StringField("Full name", validators=[DataRequired()])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    phone = TelField("Phone")
    date_of_birth = DateField("Date of birth", validators=[DataRequired()])
    licence_number = StringField("Driving licence number", validators=[DataRequired()])
    years_driving = IntegerField("Years driving")
    medical_conditions = TextAreaField(
        "Any medical conditions that could affect your driving"
    )
    referee_name = StringField("Referee name")
    referee_phone = TelField("Referee phone")
    submit = SubmitField("Apply")
