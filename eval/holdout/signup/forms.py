"""Forms of the public sign-up and account pages."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional


class RegistrationForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(3, 32)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=12)])
    confirm = PasswordField("Repeat password", validators=[EqualTo("password")])
    date_of_birth = DateField("Date of birth", validators=[DataRequired()])
    country = SelectField("Country of residence", choices=[])
    newsletter = BooleanField("Send me news and offers")
    accept_tos = BooleanField("I accept the terms", validators=[DataRequired()])
    invite_code = StringField("Invite code", validators=[Optional()])
    next_url = HiddenField()
    submit = SubmitField("Create account")


class ProfileForm(FlaskForm):
    display_name = StringField("Display name", validators=[Length(max=50)])
    pronouns = SelectField("Pronouns", choices=[], validators=[Optional()])
    about = TextAreaField("About you", validators=[Length(max=500)])
    website = StringField("Website", validators=[Optional()])
    github = StringField("GitHub username", validators=[Optional()])
    mobile = TelField("Mobile", validators=[Optional()])
    language = SelectField("Language", choices=[])
    timezone = SelectField("Time zone", choices=[])
    theme = RadioField("Theme", choices=[("light", "Light"), ("dark", "Dark")])
    items_per_page = IntegerField("Items per page", default=25)
    save = SubmitField("Save")


class ShippingAddressForm(FlaskForm):
    full_name = StringField("Full name", validators=[DataRequired()])
    house_number = StringField("House number or name")
    address_1 = StringField("Address line 1", validators=[DataRequired()])
    address_2 = StringField("Address line 2")
    town_city = StringField("Town or city")
    state_province = StringField("State / province")
    zip_code = StringField("ZIP / postcode")
    set_as_default = BooleanField("Use as my default address")


class NewsletterPreferencesForm(FlaskForm):
    weekly_digest = BooleanField("Weekly digest")
    product_updates = BooleanField("Product updates")
    partner_offers = BooleanField("Offers from partners")
    sms_opt_in = BooleanField("Text me offers")
    unsubscribe_all = BooleanField("Unsubscribe from everything")


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField("Current password", validators=[DataRequired()])
    new_password = PasswordField("New password", validators=[DataRequired(), Length(min=12)])
    otp_code = StringField("Code from your authenticator app", validators=[Length(6, 6)])
    memorable_word = PasswordField("Memorable word")
    remember_device = BooleanField("Trust this device for 30 days")


class AdminUserSearchForm(FlaskForm):
    query = StringField("Search users")
    status = SelectField("Status", choices=[("any", "Any"), ("active", "Active")])
    joined_after = DateField("Joined after", validators=[Optional()])
    page_size = IntegerField("Results per page", default=50)
    include_deleted = BooleanField("Include deleted accounts")


class SuspendAccountForm(FlaskForm):
    reason = TextAreaField("Reason (visible to the user)")
    suspend_until = DateField("Suspend until", validators=[Optional()])
    notify_user = BooleanField("E-mail the user", default=True)
    account_status = SelectField("New status", choices=[("suspended", "Suspended")])
