from marshmallow import Schema, fields, validate


class MeansSchema(Schema):
    gross_monthly_income = fields.Decimal(as_string=True, required=True)
    partner_income = fields.Decimal(as_string=True, load_default=0)
    housing_costs = fields.Decimal(as_string=True, load_default=0)
    childcare_costs = fields.Decimal(as_string=True, load_default=0)
    savings = fields.Decimal(as_string=True, load_default=0)
    property_equity = fields.Decimal(as_string=True, load_default=0)
    benefits = fields.List(fields.Str(), load_default=list)


class ApplicantSchema(Schema):
    surname = fields.Str(required=True)
    forenames = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    ni_number = fields.Str(validate=validate.Regexp(r"^[A-Z]{2}\d{6}[A-D]$"), allow_none=True)
    postcode = fields.Str()
    email = fields.Email(allow_none=True)
    means = fields.Nested(MeansSchema, required=True)


class DecisionSchema(Schema):
    reference = fields.Str(dump_only=True)
    decision = fields.Str(validate=validate.OneOf(["granted", "refused", "more_info"]))
    reasons = fields.Str()
    decided_at = fields.DateTime(dump_only=True)
    caseworker = fields.Str(dump_only=True)
