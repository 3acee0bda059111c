from wtforms import BooleanField, Form, PasswordField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, Optional


class EnquiryForm(Form):
    name = StringField("Your name", validators=[DataRequired()])
    phone = StringField("Phone number", validators=[Optional()])
    email = StringField("Email (if you have one)", validators=[Optional(), Email()])
    best_time_to_call = StringField("Best time to ring you")
    help_with = SelectMultipleField(
        "What would you like help with?",
        choices=[("reading", "Reading"), ("writing", "Writing"), ("spelling", "Spelling"), ("forms", "Filling in forms")],
    )
    about_you = TextAreaField("Tell us a bit about yourself")
    submit = SubmitField("Send")


class TutorLoginForm(Form):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember = BooleanField("Remember me")
