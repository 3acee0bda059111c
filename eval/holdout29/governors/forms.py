from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, PasswordField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, Length, Optional

CATEGORIES = [
    ("parent", "Parent"),
    ("staff", "Staff"),
    ("la", "Local authority"),
    ("foundation", "Foundation"),
    ("co-opted", "Co-opted"),
]


class GovernorForm(FlaskForm):
    title = SelectField("Title", choices=["", "Mr", "Mrs", "Ms", "Miss", "Dr", "Revd"])
    forename = StringField("Forename", validators=[DataRequired(), Length(max=60)])
    surname = StringField("Surname", validators=[DataRequired(), Length(max=60)])
    email = StringField("Email", validators=[Optional(), Email()])
    phone = StringField("Phone", validators=[Optional(), Length(max=20)])
    category = SelectField("Category", choices=CATEGORIES)
    term_start = DateField("Term of office starts", validators=[DataRequired()])
    submit = SubmitField("Save")


class DeclarationForm(FlaskForm):
    organisation = StringField("Organisation or business")
    nature_of_interest = StringField("Nature of interest (e.g. director, employee, spouse)")
    no_interests = BooleanField("I have no business or pecuniary interests to declare")
    signature = StringField("Type your full name to sign", validators=[DataRequired()])
    submit = SubmitField("Submit declaration")


class ClerkLoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember_me = BooleanField("Keep me signed in")
