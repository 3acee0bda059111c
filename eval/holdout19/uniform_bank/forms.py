from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, SelectField, StringField, TelField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional

SIZES = [("", "-"), ("3-4", "Age 3-4"), ("5-6", "Age 5-6"), ("7-8", "Age 7-8"), ("9-10", "Age 9-10"),
         ("11-12", "Age 11-12"), ("13", "Age 13"), ("S", "Adult S"), ("M", "Adult M")]


class ReferralForm(FlaskForm):
    referrer_name = StringField("Your name", validators=[DataRequired()])
    referrer_email = EmailField("Your work email", validators=[DataRequired(), Email()])
    referrer_organisation = StringField("School or agency", validators=[DataRequired()])
    parent_name = StringField("Parent or carer's name", validators=[DataRequired()])
    parent_phone = TelField("Parent's phone", validators=[Optional()])
    parent_email = EmailField("Parent's email", validators=[Optional(), Email()])
    address_line1 = StringField("Address", validators=[DataRequired()])
    postcode = StringField("Postcode", validators=[DataRequired(), Length(max=10)])
    free_school_meals = BooleanField("Family receives free school meals")
    reason = TextAreaField("Why is the family being referred?", validators=[Length(max=2000)])
    consent_to_share = BooleanField("Parent agreed to share these details", validators=[DataRequired()])


class ChildSizesForm(FlaskForm):
    first_name = StringField("Child's first name", validators=[DataRequired()])
    school = SelectField("School", coerce=int)
    year_group = SelectField("Year group", choices=[("R", "Reception")] + [(str(n), f"Year {n}") for n in range(1, 12)])
    blazer_size = SelectField("Jumper / blazer", choices=SIZES)
    trouser_size = SelectField("Trousers / skirt", choices=SIZES)
    sensory_needs = BooleanField("Child has sensory needs (e.g. seam-free clothing)")


class DonationForm(FlaskForm):
    donor_name = StringField("Your name (optional)", validators=[Optional()])
    donor_email = EmailField("Email for a thank-you note", validators=[Optional(), Email()])
    school = SelectField("Which school is the uniform from?", coerce=int)
    item_description = TextAreaField("What are you donating?", validators=[DataRequired()])
    keep_me_updated = BooleanField("Send me the uniform bank's news and appeals")
