from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    PasswordField,
    RadioField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, Optional


class EnquiryForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    phone = TelField("Phone", validators=[Optional()])
    due_date = DateField("Estimated due date", validators=[Optional()])
    postcode = StringField("Postcode", validators=[DataRequired(), Length(max=10)])
    first_baby = BooleanField("This is my first baby")
    message = TextAreaField("Tell us a little about what you're looking for")
    newsletter = BooleanField("Send me the monthly newsletter")
    submit = SubmitField("Send enquiry")


class DoulaLoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
    submit = SubmitField("Sign in")


class BirthPreferencesForm(FlaskForm):
    pain_relief = SelectMultipleField(
        "Pain relief you'd consider",
        choices=[
            ("tens", "TENS"),
            ("gas_air", "Gas and air"),
            ("pethidine", "Pethidine / diamorphine"),
            ("epidural", "Epidural"),
        ],
    )
    skin_to_skin = BooleanField("Immediate skin-to-skin")
    vitamin_k = RadioField(
        "Vitamin K for baby",
        choices=[("injection", "Injection"), ("oral", "Oral drops"), ("none", "No")],
    )
    gbs_positive = BooleanField("Group B strep positive")
    notes = TextAreaField("Anything else")
