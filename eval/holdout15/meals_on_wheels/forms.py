from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, DecimalField, PasswordField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional


class ReferralForm(FlaskForm):
    full_name = StringField("Name", validators=[DataRequired()])
    date_of_birth = DateField("Date of birth", validators=[Optional()])
    address_line1 = StringField("Address", validators=[DataRequired()])
    postcode = StringField("Postcode", validators=[DataRequired(), Length(max=10)])
    phone = StringField("Phone")
    referrer_name = StringField("Your name", validators=[DataRequired()])
    referrer_organisation = StringField("Your organisation")
    referrer_email = StringField("Your email", validators=[Email()])
    medical_conditions = TextAreaField("Medical conditions we should know about")
    dietary_needs = TextAreaField("Dietary needs")
    key_safe_code = StringField("Key safe code")
    start_date = DateField("First delivery")
    submit = SubmitField("Send referral")


class DriverLoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
    submit = SubmitField("Sign in")


class MenuItemForm(FlaskForm):
    name = StringField("Dish", validators=[DataRequired()])
    allergens = StringField("Allergens")
    price = DecimalField("Price", places=2)
    submit = SubmitField("Save")
