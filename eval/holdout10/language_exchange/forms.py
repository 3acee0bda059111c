from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import BooleanField, DateField, PasswordField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional

LANGUAGES = [("en", "English"), ("es", "Spanish"), ("fr", "French"), ("de", "German"), ("ja", "Japanese")]


class SignupForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(3, 32)])
    email = StringField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=10)])
    confirm_password = PasswordField("Repeat password", validators=[EqualTo("password")])
    native_language = SelectField("I speak", choices=LANGUAGES)
    learning_language = SelectField("I am learning", choices=LANGUAGES)
    birth_date = DateField("Date of birth", validators=[DataRequired()])
    accept_terms = BooleanField("I accept the community rules", validators=[DataRequired()])
    submit = SubmitField("Create account")


class ProfileForm(FlaskForm):
    bio = TextAreaField("About me", validators=[Length(max=1000)])
    city = StringField("City", validators=[Optional()])
    gender = SelectField("Gender", choices=[("", "Prefer not to say"), ("f", "Woman"), ("m", "Man"), ("nb", "Non-binary")])
    avatar = FileField("Profile picture", validators=[FileAllowed(["jpg", "png"])])
    weekly_digest = BooleanField("Email me a weekly digest of new partners")
    submit = SubmitField("Save")


class SearchPartnersForm(FlaskForm):
    language = SelectField("Practise", choices=LANGUAGES)
    near_city = StringField("Near", validators=[Optional()])
    submit = SubmitField("Search")
