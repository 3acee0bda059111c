from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    PasswordField,
    SelectField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import DataRequired, Email, Length, Optional


class StaffLoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")


class ReferralForm(FlaskForm):
    forenames = StringField("Forenames", validators=[DataRequired(), Length(max=100)])
    surname = StringField("Surname", validators=[DataRequired(), Length(max=60)])
    dob = DateField("Date of birth", validators=[DataRequired()])
    nomis_number = StringField("NOMIS number", validators=[Optional(), Length(max=7)])
    index_offence = StringField("Index offence")
    risk_level = SelectField("RoSH", choices=["low", "medium", "high", "very high"])
    probation_officer = StringField("Probation practitioner")
    probation_officer_email = StringField("Practitioner e-mail", validators=[Email()])
    health_needs = TextAreaField("Physical or mental health needs")
    release_date = DateField("Release date", validators=[Optional()])


class SignOutForm(FlaskForm):
    destination = StringField("Where are you going?", validators=[DataRequired()])
    expected_back = TimeField("Back by")
    with_whom = StringField("Who with?", validators=[Optional()])
