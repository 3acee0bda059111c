from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    DateField,
    DecimalField,
    HiddenField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

ID_TYPES = [("passport", "Passport"), ("licence", "Driving licence"), ("id_card", "National ID card")]


class NewCustomerForm(FlaskForm):
    first_name = StringField("First name", validators=[DataRequired(), Length(max=80)])
    last_name = StringField("Last name", validators=[DataRequired(), Length(max=80)])
    date_of_birth = DateField("Date of birth", validators=[DataRequired()])
    address = TextAreaField("Address", validators=[DataRequired()])
    postcode = StringField("Postcode", validators=[DataRequired(), Length(max=8)])
    phone = StringField("Phone", validators=[Optional()])
    id_document_type = SelectField("ID seen", choices=ID_TYPES)
    id_document_number = StringField("Document number", validators=[DataRequired()])
    photo = FileField("Customer photo", validators=[FileAllowed(["jpg", "png"])])
    submit = SubmitField("Save customer")


class PledgeForm(FlaskForm):
    customer_id = HiddenField(validators=[DataRequired()])
    item_description = StringField("Item", validators=[DataRequired()])
    category = SelectField("Category", choices=[("gold", "Gold"), ("watch", "Watch"), ("tech", "Electronics")])
    valuation = DecimalField("Valuation", places=2)
    principal = DecimalField("Amount lent", places=2, validators=[NumberRange(min=10)])
    submit = SubmitField("Issue ticket")


class StockSearchForm(FlaskForm):
    q = StringField("Search")
    category = SelectField("Category", choices=[("", "Any"), ("gold", "Gold"), ("watch", "Watch")])
    min_value = DecimalField("Min value", validators=[Optional()])
    submit = SubmitField("Search")
