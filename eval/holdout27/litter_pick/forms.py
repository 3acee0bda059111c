from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    Form,
    IntegerField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional


class VolunteerSignupForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("E-mail", validators=[DataRequired(), Email()])
    phone = TelField("Mobile", validators=[Optional()])
    postcode = StringField("Postcode", validators=[Optional(), Length(max=10)])
    under_18 = BooleanField("I am under 18")
    guardian_name = StringField("Parent or guardian's name", validators=[Optional()])
    guardian_phone = TelField("Parent or guardian's phone", validators=[Optional()])
    newsletter = BooleanField("Send me the monthly newsletter")
    submit = SubmitField("Sign up")


class HotspotReportForm(FlaskForm):
    what3words = StringField("what3words address", validators=[DataRequired()])
    description = TextAreaField("What's there?", validators=[DataRequired(), Length(max=2000)])
    photo = FileField("Photo", validators=[FileAllowed(["jpg", "jpeg", "png"])])
    your_email = EmailField("Your e-mail (optional)", validators=[Optional(), Email()])
    submit = SubmitField("Report")


class EventSearchForm(Form):
    near_postcode = StringField("Near postcode", validators=[Optional()])
    radius_miles = IntegerField("Within (miles)", default=5, validators=[NumberRange(1, 50)])
    date_from = DateField("From", validators=[Optional()])
