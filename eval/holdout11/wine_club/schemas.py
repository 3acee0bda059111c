from marshmallow import Schema, fields, validate


class AddressSchema(Schema):
    line1 = fields.Str(required=True)
    line2 = fields.Str(allow_none=True)
    city = fields.Str(required=True)
    postcode = fields.Str(required=True)
    country = fields.Str(load_default="GB", validate=validate.Length(equal=2))


class MemberSchema(Schema):
    member_id = fields.Str(dump_only=True)
    full_name = fields.Str(required=True)
    email = fields.Email(required=True)
    date_of_birth = fields.Date(required=True)
    delivery_address = fields.Nested(AddressSchema, required=True)
    tier = fields.Str(dump_only=True)
    credit_balance = fields.Decimal(as_string=True, dump_only=True)
    preferred_styles = fields.List(fields.Str(), load_default=list)
    marketing_opt_in = fields.Bool(load_default=False)


class PaymentMethodSchema(Schema):
    card_number = fields.Str(load_only=True, required=True)
    expiry = fields.Str(load_only=True, required=True)
    cvc = fields.Str(load_only=True, required=True)
    card_last4 = fields.Str(dump_only=True)
    billing_postcode = fields.Str(required=True)


class CaseSchema(Schema):
    sku = fields.Str()
    name = fields.Str()
    bottles = fields.Int()
    price = fields.Decimal(as_string=True)
    vintage = fields.Int(allow_none=True)
