"""Flask-WTF forms on the volunteer sign-up site and the site-crew incident log."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    DateTimeLocalField,
    EmailField,
    PasswordField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional


class VolunteerSignupForm(FlaskForm):
    first_name = StringField("First name", validators=[DataRequired(), Length(max=60)])
    surname = StringField("Surname", validators=[DataRequired(), Length(max=60)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    mobile = TelField("Mobile number", validators=[DataRequired()])
    date_of_birth = DateField("Date of birth", validators=[DataRequired()])
    access_requirements = TextAreaField("Access requirements", validators=[Optional()])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=10)])
    confirm = PasswordField("Repeat password", validators=[EqualTo("password")])
    marketing = BooleanField("Tell me when next year's volunteer places open")
    submit = SubmitField("Sign up")


class IncidentForm(FlaskForm):
    location = StringField("Where on site", validators=[DataRequired()])
    occurred_at = DateTimeLocalField("When", validators=[DataRequired()])
    description = TextAreaField("What happened", validators=[DataRequired()])
    injured_person = StringField("Name of injured person", validators=[Optional()])
    first_aid_given = BooleanField("First aid given")
    submit = SubmitField("Log incident")
