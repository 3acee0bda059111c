from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import BooleanField, DateField, EmailField, SelectField, StringField, SubmitField, TelField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional


class EventSignupForm(FlaskForm):
    nickname = StringField("Rider name", validators=[Length(max=40)])
    full_name = StringField("Full name", validators=[DataRequired(), Length(max=120)])
    date_of_birth = DateField("Date of birth", validators=[DataRequired()])
    guardian_name = StringField("Parent/guardian (under 16s)", validators=[Optional()])
    guardian_phone = TelField("Parent/guardian phone", validators=[Optional()])
    guardian_email = EmailField("Parent/guardian e-mail", validators=[Optional(), Email()])
    discipline = SelectField(choices=[("skate", "Skateboard"), ("scooter", "Scooter"), ("bmx", "BMX")])
    medical_info = TextAreaField("Medical conditions we should know about", validators=[Optional()])
    photo_consent = BooleanField("OK to appear in event photos")
    submit = SubmitField("Sign up")


class ObstacleReportForm(FlaskForm):
    obstacle = SelectField(coerce=int, validators=[DataRequired()])
    condition = SelectField(choices=[("ok", "OK"), ("worn", "Worn"), ("unsafe", "Unsafe - close it")])
    notes = TextAreaField(validators=[Length(max=1000)])
    photo = FileField(validators=[FileAllowed(["jpg", "jpeg", "png"])])
    submit = SubmitField("Report")
