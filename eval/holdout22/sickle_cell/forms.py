from flask_wtf import FlaskForm
from wtforms import BooleanField, DecimalField, EmailField, PasswordField, SelectField, StringField, TelField, TextAreaField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional


class JoinForm(FlaskForm):
    preferred_name = StringField("What should we call you?", validators=[DataRequired()])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    mobile = TelField("Mobile", validators=[Optional()])
    town = StringField("Town or city")
    living_with = SelectField(
        "I am...",
        choices=[("self", "living with sickle cell"), ("carer", "a parent or carer"), ("trait", "a carrier")],
    )
    password = PasswordField("Password", validators=[Length(min=10)])
    confirm = PasswordField("Repeat password", validators=[EqualTo("password")])
    newsletter = BooleanField("Send me the monthly newsletter")


class CrisisPlanForm(FlaskForm):
    usual_pain_relief = TextAreaField("Pain relief that works for you")
    known_triggers = TextAreaField("Known triggers (cold, dehydration, stress...)")
    next_of_kin_name = StringField("Next of kin")
    next_of_kin_phone = TelField("Next of kin phone")


class HardshipApplicationForm(FlaskForm):
    amount = DecimalField("Amount requested", places=2)
    reason = TextAreaField("Tell us what the grant is for", validators=[DataRequired()])
    household_income = DecimalField("Monthly household income", places=2)
    account_number = StringField("Account number", validators=[Length(8, 8)])
    sort_code = StringField("Sort code")


class ContactUsForm(FlaskForm):
    name = StringField("Name")
    email = EmailField("Email", validators=[Email()])
    subject = SelectField("About", choices=[("general", "General"), ("press", "Press"), ("volunteer", "Volunteering")])
    message = TextAreaField("Message", validators=[DataRequired()])
