"""Museum membership, group visits, sign-in and donations (WTForms)."""

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    DecimalField,
    EmailField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length


class MembershipForm(FlaskForm):
    title = SelectField("Title", choices=["", "Mr", "Mrs", "Ms", "Mx", "Dr"])
    first_name = StringField("First name", validators=[DataRequired()])
    last_name = StringField("Last name", validators=[DataRequired()])
    email = EmailField("Email", validators=[Email()])
    phone = TelField("Phone")
    address_line_1 = StringField("Address")
    town = StringField("Town")
    postcode = StringField("Postcode", validators=[Length(max=8)])
    membership_type = RadioField("Membership", choices=["individual", "joint", "family"])
    contact_by_email = BooleanField("Email me about exhibitions and events")
    contact_by_post = BooleanField("Send me the members' magazine and offers by post")
    how_did_you_hear = SelectField("How did you hear about us?", choices=[])
    accept_terms = BooleanField("I accept the terms", validators=[DataRequired()])
    submit = SubmitField("Join")


class GroupVisitForm(FlaskForm):
    organisation = StringField("School or group")
    contact_name = StringField("Your name")
    contact_email = EmailField("Your email")
    group_size = IntegerField("Group size")
    visit_date = DateField("Date")
    access_requirements = TextAreaField("Access requirements of anyone in the group")
    message = TextAreaField("Anything else?")


class LoginForm(FlaskForm):
    email = EmailField("Email")
    password = PasswordField("Password")
    remember_me = BooleanField("Remember me")


class DonationForm(FlaskForm):
    amount = DecimalField("Amount")
    name_on_card = StringField("Name on card")
    card_number = StringField("Card number")
    expiry_month = SelectField("Expiry month", choices=[])
    expiry_year = SelectField("Expiry year", choices=[])
    cvc = StringField("Security code")
    gift_aid = BooleanField("I am a UK taxpayer and want Gift Aid added")
