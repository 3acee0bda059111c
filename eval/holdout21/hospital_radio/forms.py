from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional


class RequestForm(FlaskForm):
    ward = SelectField("Ward", coerce=int)
    bed_number = StringField("Bed", validators=[Length(max=8)])
    patient_first_name = StringField("Patient's first name", validators=[DataRequired()])
    your_name = StringField("Your name", validators=[DataRequired()])
    relationship_to_patient = SelectField(
        "You are their...",
        choices=[("self", "Me"), ("family", "Family"), ("friend", "Friend"), ("staff", "Staff")],
    )
    artist = StringField("Artist")
    track_title = StringField("Song", validators=[DataRequired()])
    dedication = TextAreaField("Message to read out", validators=[Length(max=500)])
    submit = SubmitField("Send request")


class VolunteerSignupForm(FlaskForm):
    display_name = StringField("On-air name", validators=[DataRequired()])
    legal_name = StringField("Full name", validators=[DataRequired()])
    email = StringField("Email", validators=[DataRequired(), Email()])
    phone = StringField("Phone", validators=[Optional()])
    date_of_birth = DateField("Date of birth")
    availability = SelectMultipleField(
        "When can you help?",
        choices=[("wkd_eve", "Weekday evenings"), ("sat", "Saturdays"), ("sun", "Sundays")],
    )
    previous_experience = TextAreaField("Any radio experience?")
    password = PasswordField("Password", validators=[DataRequired(), Length(min=10)])
    confirm_password = PasswordField("Repeat password", validators=[EqualTo("password")])
    accept_code_of_conduct = BooleanField("I agree to the code of conduct", validators=[DataRequired()])
    submit = SubmitField("Apply")


class LoginForm(FlaskForm):
    email = StringField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
