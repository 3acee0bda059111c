from marshmallow import Schema, fields, validate


class StartVerificationSchema(Schema):
    client_reference = fields.String(required=True)
    first_name = fields.String(required=True)
    last_name = fields.String(required=True)
    date_of_birth = fields.Date(required=True)
    country_of_residence = fields.String(validate=validate.Length(equal=2))
    email = fields.Email()
    phone = fields.String()
    callback_url = fields.Url(required=True)
    redirect_url = fields.Url()


class DecisionSchema(Schema):
    verification_id = fields.String(dump_only=True)
    outcome = fields.String(validate=validate.OneOf(["approved", "declined", "review"]))
    reasons = fields.List(fields.String())
    decided_at = fields.DateTime(dump_only=True)
