from wtforms import (
    BooleanField,
    DateField,
    DecimalField,
    Form,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, EqualTo, NumberRange


class ScoreEntryForm(Form):
    course = SelectField("Course", coerce=int)
    played_on = DateField("Date played", validators=[DataRequired()])
    tee = SelectField("Tee", choices=["white", "yellow", "red"])
    gross_score = IntegerField("Gross score", validators=[NumberRange(50, 160)])
    marker_cdh = StringField("Marker's CDH number", validators=[DataRequired()])
    submit = SubmitField("Submit score")


class MembershipApplicationForm(Form):
    first_name = StringField("First name", validators=[DataRequired()])
    surname = StringField("Surname", validators=[DataRequired()])
    date_of_birth = DateField("Date of birth")
    gender = SelectField("Gender", choices=[("F", "Female"), ("M", "Male")])
    email = StringField("Email", validators=[Email()])
    mobile = StringField("Mobile")
    address = TextAreaField("Home address")
    proposer_name = StringField("Proposer")
    seconder_name = StringField("Seconder")
    previous_club = StringField("Previous club")
    password = PasswordField("Password", validators=[DataRequired()])
    confirm_password = PasswordField("Confirm", validators=[EqualTo("password")])
    newsletter = BooleanField("Send me the club newsletter")
    submit = SubmitField("Apply")


class CompetitionForm(Form):
    name = StringField("Competition", validators=[DataRequired()])
    date = DateField("Date")
    format = SelectField("Format", choices=["stableford", "medal", "texas scramble"])
    max_handicap = DecimalField("Max handicap", places=1)
    entry_fee = DecimalField("Entry fee", places=2)
    submit = SubmitField("Create")
