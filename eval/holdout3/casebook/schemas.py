"""marshmallow schemas of the listing API and the court register export."""

from __future__ import annotations

from marshmallow import Schema, fields, validate


class PartySchema(Schema):
    id = fields.Int(dump_only=True)
    forenames = fields.Str(required=True)
    surname = fields.Str(required=True)
    dob = fields.Date(allow_none=True)
    postcode = fields.Str()
    interpreter_language = fields.Str(allow_none=True)


class HearingSchema(Schema):
    id = fields.Int(dump_only=True)
    case_urn = fields.Str(attribute="case.urn")
    courtroom = fields.Str()
    starts_at = fields.DateTime()
    hearing_type = fields.Str(validate=validate.Length(max=30))
    defendant = fields.Nested(PartySchema, attribute="case.defendant")


class ResultSchema(Schema):
    case_urn = fields.Str(required=True)
    outcome_code = fields.Str(required=True)
    sentence_text = fields.Str()
    fine_amount = fields.Decimal(as_string=True)
    victim_surcharge = fields.Decimal(as_string=True)
    next_hearing = fields.DateTime(allow_none=True)

    class Meta:
        ordered = True
