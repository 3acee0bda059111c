from flask_wtf import FlaskForm
from wtforms import (BooleanField, DateField, DecimalField, EmailField, PasswordField, SelectField,
                     StringField, SubmitField, TelField, TextAreaField, TimeField)
from wtforms.validators import DataRequired, Email, Length, Optional


class BookingRequestForm(FlaskForm):
    requester_name = StringField("Your name", validators=[DataRequired()])
    requester_email = EmailField("Your email", validators=[DataRequired(), Email()])
    organisation = StringField("Organisation", validators=[DataRequired()])
    client_name = StringField("Deaf person's name", validators=[DataRequired()])
    client_mobile = TelField("Deaf person's mobile (SMS)", validators=[Optional()])
    appointment_type = SelectField("Type", choices=["GP", "Hospital", "Job interview", "Education", "Other"])
    date = DateField("Date", validators=[DataRequired()])
    start_time = TimeField("Start", validators=[DataRequired()])
    address = StringField("Venue address", validators=[DataRequired()])
    notes = TextAreaField("Anything the interpreter should know", validators=[Length(max=2000)])
    submit = SubmitField("Request interpreter")


class InterpreterLoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Remember me")
    submit = SubmitField("Sign in")


class TimesheetForm(FlaskForm):
    booking_ref = StringField("Booking", validators=[DataRequired()])
    actual_start = TimeField("Actual start")
    actual_end = TimeField("Actual end")
    mileage = DecimalField("Miles", places=1, validators=[Optional()])
    parking_cost = DecimalField("Parking", places=2, validators=[Optional()])
    submit = SubmitField("Submit timesheet")
