"""WTForms of the admissions staff back office."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional


class ApplicantSearchForm(FlaskForm):
    application_ref = StringField("Reference", validators=[Optional()])
    surname = StringField("Surname", validators=[Optional(), Length(max=80)])
    programme = SelectField("Programme", choices=[])
    status = SelectField("Status", choices=[("all", "All"), ("pending", "Pending")])
    page_size = IntegerField("Per page", default=25)


class ContextualOfferForm(FlaskForm):
    reduced_offer = StringField("Offer", validators=[DataRequired()])
    offer_expires = DateField("Offer expires", validators=[Optional()])
    send_now = BooleanField("Send the offer now")
    assessor_comment = TextAreaField("Assessor comment", validators=[Length(max=2000)])
