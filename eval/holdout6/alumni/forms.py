from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    EmailField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
    URLField,
)
from wtforms.validators import URL, DataRequired, Email, Length, Optional


class ProfileForm(FlaskForm):
    first_name = StringField("First name", validators=[DataRequired(), Length(max=60)])
    last_name = StringField("Last name", validators=[DataRequired(), Length(max=60)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    phone = TelField("Phone", validators=[Optional()])
    current_employer = StringField("Employer", validators=[Optional()])
    job_title = StringField("Job title", validators=[Optional()])
    linkedin_url = URLField("LinkedIn profile", validators=[Optional(), URL()])
    city = StringField("City", validators=[Optional()])
    bio = TextAreaField("About you", validators=[Length(max=1500)])
    news_digest = BooleanField("Send me the monthly alumni digest")
    submit = SubmitField("Save")


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
    submit = SubmitField("Sign in")


class EventSearchForm(FlaskForm):
    q = StringField("Search", validators=[Optional()])
    region = SelectField("Region", choices=[("", "Anywhere"), ("uk", "UK"), ("eu", "Europe")])
    online_only = BooleanField("Online events only")
    submit = SubmitField("Search")
