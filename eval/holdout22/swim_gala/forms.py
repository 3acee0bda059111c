from wtforms import BooleanField, DateField, DecimalField, EmailField, Form, SelectField, StringField, TelField, TextAreaField
from wtforms.validators import DataRequired, Email, Optional


class SwimmerEntryForm(Form):
    first_name = StringField("First name", validators=[DataRequired()])
    last_name = StringField("Last name", validators=[DataRequired()])
    date_of_birth = DateField("Date of birth", validators=[DataRequired()])
    gender = SelectField("Gender", choices=[("F", "Female"), ("M", "Male")])
    asa_number = StringField("Swim England number", validators=[DataRequired()])
    club = SelectField("Club", coerce=int)
    para_classification = StringField("Para classification", validators=[Optional()])
    medical_info = TextAreaField("Medical conditions we should know about", validators=[Optional()])
    guardian_name = StringField("Parent/guardian name", validators=[DataRequired()])
    guardian_email = EmailField("Parent/guardian email", validators=[Email()])
    guardian_mobile = TelField("Parent/guardian mobile", validators=[DataRequired()])
    photography_opt_out = BooleanField("Do not photograph my child")


class EventEntryForm(Form):
    event = SelectField("Event", coerce=int)
    entry_time = DecimalField("Entry time (seconds)", places=2, validators=[Optional()])


class OfficialSignUpForm(Form):
    name = StringField("Name", validators=[DataRequired()])
    email = EmailField("Email", validators=[Email()])
    role = SelectField("Role", choices=[("tk", "Timekeeper"), ("judge", "Stroke judge"), ("starter", "Starter")])
    official_level = SelectField("Level", choices=[("1", "Level 1"), ("2", "Level 2")])
    dbs_expiry = DateField("DBS expiry", validators=[Optional()])
    session_preference = StringField("Sessions available")


class ResultsFilterForm(Form):
    event = SelectField("Event", coerce=int)
    age_group = SelectField("Age group")
    club = SelectField("Club", coerce=int)
