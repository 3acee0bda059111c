from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional


class LetterForm(FlaskForm):
    full_name = StringField("Your name", validators=[DataRequired(), Length(max=120)])
    email = StringField("Email", validators=[DataRequired(), Email()])
    phone = StringField("Daytime phone", validators=[DataRequired()])
    street_address = StringField("Address", validators=[DataRequired()])
    town = StringField("Town", validators=[DataRequired()])
    postcode = StringField("Postcode", validators=[DataRequired(), Length(max=10)])
    subject = StringField("Subject", validators=[Optional(), Length(max=200)])
    body = TextAreaField("Your letter (max 300 words)", validators=[DataRequired()])
    withhold_name = BooleanField("Please do not print my name")
    confirm_original = BooleanField("This letter is my own and has not been sent elsewhere",
                                    validators=[DataRequired()])
    submit = SubmitField("Send letter")


class ModerationForm(FlaskForm):
    status = SelectField(choices=[("shortlisted", "Shortlist"), ("published", "Publish"), ("rejected", "Reject")])
    headline = StringField(validators=[Optional(), Length(max=120)])
    edited_body = TextAreaField()
    editor_note = TextAreaField("Internal note")
    submit = SubmitField("Save")


class StaffLoginForm(FlaskForm):
    username = StringField(validators=[DataRequired()])
    password = PasswordField(validators=[DataRequired()])
    remember_me = BooleanField()
    submit = SubmitField("Sign in")
