from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import BooleanField, DateTimeLocalField, EmailField, PasswordField, StringField, TelField, TextAreaField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional


class RegisterForm(FlaskForm):
    name = StringField("Full name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("E-mail", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=10)])
    confirm = PasswordField("Repeat password", validators=[EqualTo("password")])
    phone = TelField("Phone", validators=[Optional()])
    postcode = StringField("Postcode", validators=[Optional(), Length(max=10)])
    accept_terms = BooleanField("I accept the terms", validators=[DataRequired()])
    newsletter = BooleanField("Send me the monthly bike-security newsletter")


class BikeForm(FlaskForm):
    frame_number = StringField("Frame number", validators=[DataRequired(), Length(max=40)])
    make = StringField("Make")
    model = StringField("Model")
    colour = StringField("Colour")
    photo = FileField("Photo of the bike", validators=[FileAllowed(["jpg", "jpeg", "png"])])


class CheckFrameForm(FlaskForm):
    frame_number = StringField("Frame number", validators=[DataRequired()])


class ReportTheftForm(FlaskForm):
    stolen_at = DateTimeLocalField("When was it stolen?", validators=[DataRequired()])
    location_description = StringField("Where was it stolen from?", validators=[DataRequired()])
    circumstances = TextAreaField("What happened?")
    crime_reference = StringField("Police crime reference", validators=[Optional()])
