from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    EmailField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional


class BookingForm(FlaskForm):
    full_name = StringField("Your name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    phone = TelField("Phone", validators=[Optional()])
    postcode = StringField("Postcode", validators=[DataRequired(), Length(max=10)])
    dog_name = StringField("Dog's name", validators=[DataRequired()])
    dog_breed = StringField("Breed", validators=[Optional()])
    dog_age = IntegerField("Dog's age (months)", validators=[NumberRange(min=2, max=240)])
    reactive = BooleanField("My dog is reactive to other dogs")
    course = SelectField("Course", coerce=int)
    notes = TextAreaField("Anything else we should know?", validators=[Optional()])
    marketing_opt_in = BooleanField("Email me about new courses and offers")
    submit = SubmitField("Book")


class TrainerLoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
    submit = SubmitField("Sign in")


class SessionRegisterForm(FlaskForm):
    course = SelectField("Course", coerce=int)
    week = IntegerField("Week", validators=[NumberRange(min=1, max=12)])
    present_enrolment_ids = StringField("Present (comma separated)")
    trainer_comments = TextAreaField("Comments for the group")
    submit = SubmitField("Save register")
