from marshmallow import Schema, fields, validate


class RepaymentSchema(Schema):
    deposit_id = fields.Str(required=True)
    amount_to_tenant = fields.Decimal(places=2, required=True)
    amount_to_landlord = fields.Decimal(places=2, required=True)
    account_name = fields.Str(required=True)
    sort_code = fields.Str(validate=validate.Regexp(r"^\d{6}$"))
    account_number = fields.Str(validate=validate.Length(equal=8))
    reason = fields.Str(allow_none=True)


class DepositLookupSchema(Schema):
    deposit_id = fields.Str(required=True)
    surname = fields.Str(required=True)
    property_postcode = fields.Str(required=True)
    tenancy_start = fields.Date()
