from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import BooleanField, DateField, EmailField, PasswordField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional


class JoinForm(FlaskForm):
    first_name = StringField("First name", validators=[DataRequired(), Length(max=60)])
    last_name = StringField("Last name", validators=[DataRequired(), Length(max=60)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    phone = StringField("Phone", validators=[Optional()])
    date_of_birth = DateField("Date of birth", validators=[DataRequired()])
    postcode = StringField("Postcode", validators=[DataRequired()])
    plan = SelectField("Membership", coerce=int)
    password = PasswordField("Password", validators=[DataRequired(), Length(min=10)])
    confirm = PasswordField("Repeat password", validators=[EqualTo("password")])
    offers = BooleanField("Send me offers and news")
    submit = SubmitField("Join")


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
    submit = SubmitField("Sign in")


class FreezeForm(FlaskForm):
    months = SelectField("Freeze for", choices=[(1, "1 month"), (2, "2 months"), (3, "3 months")], coerce=int)
    reason = TextAreaField("Reason", validators=[Optional(), Length(max=500)])
    medical_certificate = FileField("Fit note (medical freezes only)", validators=[FileAllowed(["pdf", "jpg", "png"])])
    submit = SubmitField("Request freeze")
