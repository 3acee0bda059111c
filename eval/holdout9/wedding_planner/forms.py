from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    EmailField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, Optional


class RsvpForm(FlaskForm):
    invite_code = StringField("Code from your invitation", validators=[DataRequired(), Length(8, 8)])
    attending = RadioField("Will you be there?", choices=[("yes", "Joyfully accept"), ("no", "Regretfully decline")])
    meal_choice = SelectField("Main course", choices=[("beef", "Beef"), ("fish", "Sea bass"), ("veg", "Wild mushroom")])
    allergies = StringField("Allergies or intolerances", validators=[Optional(), Length(max=255)])
    song_request = StringField("What song will get you dancing?", validators=[Optional()])
    message = TextAreaField("A note for the happy couple", validators=[Optional(), Length(max=1000)])
    submit = SubmitField("Send RSVP")


class GuestForm(FlaskForm):
    first_name = StringField("First name", validators=[DataRequired()])
    last_name = StringField("Last name")
    email = EmailField("Email", validators=[Optional(), Email()])
    postal_address = TextAreaField("Postal address for the invitation")
    age_group = SelectField("Age", choices=[("adult", "Adult"), ("child", "Child (2-12)"), ("infant", "Under 2")])
    plus_one_allowed = BooleanField("Can bring a plus one")
    submit = SubmitField("Add guest")


class SupplierForm(FlaskForm):
    business_name = StringField("Business name", validators=[DataRequired()])
    category = SelectField("Category", choices=[("florist", "Florist"), ("photographer", "Photographer"), ("caterer", "Caterer"), ("band", "Band / DJ")])
    contact_email = EmailField("Bookings email", validators=[Optional(), Email()])
    phone = StringField("Phone")
    submit = SubmitField("Save supplier")
