from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

CATEGORIES = [
    ("heating", "Heating / hot water"),
    ("electrics", "Electrics"),
    ("plumbing", "Leak or blockage"),
    ("furniture", "Furniture"),
    ("pests", "Pests"),
    ("other", "Something else"),
]


class ReportFaultForm(FlaskForm):
    room_id = HiddenField()
    category = SelectField("What's the problem?", choices=CATEGORIES)
    description = TextAreaField("Describe it", validators=[DataRequired(), Length(max=2000)])
    permission_to_enter = BooleanField("Staff may enter if I'm out")
    best_contact_number = TelField("Best number to reach you", validators=[Optional()])
    photo = FileField("Photo of the fault", validators=[FileAllowed(["jpg", "jpeg", "png"])])
    submit = SubmitField("Report")


class ResidentLoginForm(FlaskForm):
    student_number = StringField("Student number", validators=[DataRequired(), Length(9, 9)])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
    submit = SubmitField("Sign in")


class ContractorSignOffForm(FlaskForm):
    engineer_name = StringField("Engineer", validators=[DataRequired()])
    engineer_signature = StringField("Type your name to sign", validators=[DataRequired()])
    parts_used = StringField("Parts used")
    time_on_site_minutes = IntegerField("Minutes on site", validators=[NumberRange(min=0)])
    submit = SubmitField("Close job")
