from marshmallow import Schema, fields, validate


class ClientSchema(Schema):
    id = fields.Int(dump_only=True)
    nhs_number = fields.Str(required=True, validate=validate.Length(equal=10))
    name = fields.Str(required=True)
    date_of_birth = fields.Date()
    address = fields.Str(required=True)
    postcode = fields.Str(required=True)
    phone = fields.Str(allow_none=True)
    weight_kg = fields.Decimal(as_string=True, allow_none=True)


class LoanRequestSchema(Schema):
    client_id = fields.Int(required=True)
    product_code = fields.Str(required=True)
    clinical_reason = fields.Str(required=True, validate=validate.Length(max=1000))
    urgency = fields.Str(validate=validate.OneOf(["same_day", "next_day", "standard"]))
    delivery_instructions = fields.Str(load_default="")


class StockLevelSchema(Schema):
    product_code = fields.Str()
    description = fields.Str()
    store = fields.Str()
    on_hand = fields.Int()
    on_loan = fields.Int()
