from marshmallow import Schema, fields, validate


class DebtorSchema(Schema):
    id = fields.Int(dump_only=True)
    forename = fields.Str()
    surname = fields.Str(required=True)
    date_of_birth = fields.Date()
    postcode = fields.Str()
    mobile = fields.Str()
    email = fields.Email()
    outstanding_total = fields.Decimal(as_string=True, dump_only=True)


class IncomeExpenditureSchema(Schema):
    debtor_id = fields.Int(required=True)
    wages = fields.Decimal(as_string=True)
    benefits = fields.Decimal(as_string=True)
    partner_income = fields.Decimal(as_string=True)
    rent_or_mortgage = fields.Decimal(as_string=True)
    council_tax = fields.Decimal(as_string=True)
    dependants = fields.Int(validate=validate.Range(min=0))
    disposable_income = fields.Decimal(as_string=True, dump_only=True)


class PlacementRowSchema(Schema):
    creditor_reference = fields.Str(required=True)
    debtor_name = fields.Str(required=True)
    debtor_address = fields.Str()
    balance = fields.Decimal(as_string=True)
    last_payment_date = fields.Date(allow_none=True)
