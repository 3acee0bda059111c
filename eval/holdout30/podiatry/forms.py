from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, DecimalField, IntegerField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

RISK = [("low", "Low"), ("moderate", "Moderate"), ("high", "High"), ("active", "Active foot disease")]


class ReferralForm(FlaskForm):
    patient_name = StringField("Patient name", validators=[DataRequired()])
    dob = DateField("Date of birth", validators=[DataRequired()])
    nhs_number = StringField("NHS number", validators=[DataRequired(), Length(min=10, max=10)])
    phone = StringField(validators=[Optional()])
    address = TextAreaField(validators=[DataRequired()])
    referrer_name = StringField("Referring GP or nurse", validators=[DataRequired()])
    reason = TextAreaField("Reason for referral", validators=[DataRequired()])
    diabetic = BooleanField("Patient has diabetes")
    submit = SubmitField("Send referral")


class AssessmentForm(FlaskForm):
    sensation_monofilament = IntegerField(validators=[NumberRange(0, 10)])
    abpi_left = DecimalField(places=2, validators=[Optional()])
    abpi_right = DecimalField(places=2, validators=[Optional()])
    risk_category = SelectField(choices=RISK)
    clinical_notes = TextAreaField()
    submit = SubmitField("Save assessment")
