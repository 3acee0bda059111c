from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional

MOBILITY_CHOICES = [
    ("independent", "Walks unaided"),
    ("stick", "Walking stick"),
    ("frame", "Walking frame"),
    ("wheelchair", "Wheelchair user"),
]


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")


class TenantForm(FlaskForm):
    name = StringField("Full name", validators=[DataRequired(), Length(max=120)])
    flat_number = StringField("Flat", validators=[DataRequired(), Length(max=6)])
    date_of_birth = DateField("Date of birth", validators=[Optional()])
    phone = TelField("Phone", validators=[Optional()])
    mobility = SelectField("Mobility", choices=MOBILITY_CHOICES)
    hearing_impaired = BooleanField("Hard of hearing")
    medication_notes = TextAreaField("Medication", validators=[Optional(), Length(max=2000)])
    next_of_kin_name = StringField("Next of kin")
    next_of_kin_phone = TelField("Next of kin phone")


class WelfareCallForm(FlaskForm):
    answered = BooleanField("Tenant answered", default=True)
    concerns = TextAreaField("Concerns", validators=[Optional()])
    refer_to_social_services = BooleanField("Refer to adult social care")


class ApplicationForm(FlaskForm):
    applicant_name = StringField("Your name", validators=[DataRequired()])
    current_address = TextAreaField("Current address", validators=[DataRequired()])
    age = IntegerField("Age", validators=[DataRequired(), NumberRange(min=55, max=120)])
    reason_for_moving = TextAreaField("Why are you looking for sheltered housing?")
    preferred_scheme = SelectField("Preferred scheme", coerce=int)
