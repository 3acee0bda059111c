from marshmallow import Schema, fields
from marshmallow.validate import Length, OneOf

REASON_CODES = ["not_mine", "wrong_balance", "wrong_status", "settled", "fraud", "address_link"]


class AddressSchema(Schema):
    line1 = fields.Str(required=True)
    line2 = fields.Str(load_default=None)
    town = fields.Str(required=True)
    postcode = fields.Str(required=True)
    resided_from = fields.Date()


class DisputeCreateSchema(Schema):
    reference = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    credit_account_id = fields.Int()
    reason_code = fields.Str(required=True, validate=OneOf(REASON_CODES))
    statement = fields.Str(validate=Length(max=2000))
    contact_email = fields.Email()
    correct_address = fields.Nested(AddressSchema)


class DisputeOutcomeSchema(Schema):
    dispute_id = fields.Int(dump_only=True)
    outcome = fields.Str(validate=OneOf(["amended", "removed", "upheld", "withdrawn"]))
    amended_fields = fields.List(fields.Str())
    letter_text = fields.Str()
    closed_at = fields.DateTime()


class CreditReportLineSchema(Schema):
    lender = fields.Str(attribute="lender.name")
    account_type = fields.Str()
    balance = fields.Decimal(attribute="current_balance", as_string=True)
    limit = fields.Decimal(attribute="credit_limit", as_string=True)
    status_history = fields.Str(attribute="payment_status_history")
