from marshmallow import Schema, fields, validate


class OnlinePleaSchema(Schema):
    urn = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    plea = fields.Str(validate=validate.OneOf(["guilty", "not_guilty"]))
    mitigation = fields.Str(validate=validate.Length(max=5000))
    weekly_take_home_pay = fields.Decimal(as_string=True)
    partner_income = fields.Decimal(as_string=True, allow_none=True)
    has_driving_licence = fields.Bool()
    driving_licence_number = fields.Str(allow_none=True)


class PaymentSchema(Schema):
    urn = fields.Str(required=True)
    amount = fields.Decimal(as_string=True, required=True)
    card_number = fields.Str(load_only=True)
    expiry = fields.Str(load_only=True)
    cvv = fields.Str(load_only=True)
    receipt_email = fields.Email()

