from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, NumberRange, Optional, Regexp

POSTCODE = r"^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$"


class PostcodeLookupForm(FlaskForm):
    postcode = StringField("Your postcode", validators=[DataRequired(), Regexp(POSTCODE)])
    submit = SubmitField("Find address")


class SignUpForm(FlaskForm):
    address = SelectField("Select your address", validators=[DataRequired()])
    full_name = StringField("Full name", validators=[DataRequired()])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    phone = TelField("Phone number", validators=[Optional()])
    kitchen_caddies = IntegerField("Kitchen caddies", default=1, validators=[NumberRange(1, 3)])
    assisted = BooleanField("I need an assisted collection")
    assisted_reason = TextAreaField("Why do you need help putting your bin out?")
    access_notes = TextAreaField("Anything our crews should know about access?")
    newsletter = BooleanField("Send me the recycling newsletter")
    submit = SubmitField("Sign up")


class MissedCollectionForm(FlaskForm):
    reference = StringField("Your sign-up reference", validators=[DataRequired()])
    collection_date = DateField("Date of the missed collection", validators=[DataRequired()])
    comments = TextAreaField("Tell us what happened")
    photo = FileField("Photo of your bin", validators=[FileAllowed(["jpg", "jpeg", "png"])])
    submit = SubmitField("Report")
