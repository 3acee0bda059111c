from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    BooleanField,
    DecimalField,
    EmailField,
    PasswordField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length, NumberRange, Optional


class RegisterForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(3, 40)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=10)])
    confirm = PasswordField("Repeat password", validators=[EqualTo("password")])
    postcode = StringField("Postcode", validators=[Optional(), Length(max=10)])
    accept_terms = BooleanField("I accept the terms", validators=[DataRequired()])


class ListingForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=120)])
    description = TextAreaField("Description")
    category = SelectField("Category", coerce=int)
    condition = SelectField(
        "Condition", choices=[("new", "New with tags"), ("good", "Good"), ("fair", "Fair")]
    )
    price = DecimalField("Price", places=2, validators=[NumberRange(min=1)])
    photo = FileField("Photo", validators=[FileAllowed(["jpg", "jpeg", "png"])])
    collection_only = BooleanField("Collection only")


class MakeOfferForm(FlaskForm):
    amount = DecimalField("Your offer", places=2, validators=[DataRequired()])
    message = TextAreaField("Message to seller", validators=[Length(max=500)])


class PayoutDetailsForm(FlaskForm):
    account_holder = StringField("Name on account", validators=[DataRequired()])
    sort_code = StringField("Sort code", validators=[DataRequired(), Length(6, 8)])
    account_number = StringField("Account number", validators=[DataRequired(), Length(8, 8)])


class SearchForm(FlaskForm):
    q = StringField("Search", validators=[Optional()])
    max_price = DecimalField("Max price", validators=[Optional()])
    sort = SelectField("Sort", choices=[("new", "Newest"), ("price", "Price")])
