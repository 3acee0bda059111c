from marshmallow import Schema, fields, validate


class AccountSchema(Schema):
    account_reference = fields.Str(required=True)
    liable_party_name = fields.Str()
    email = fields.Email(allow_none=True)
    balance = fields.Decimal(attribute="balance_pence", as_string=True)
    paperless = fields.Bool()


class MoveInSchema(Schema):
    full_name = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    new_address_uprn = fields.Str(required=True, validate=validate.Length(max=12))
    move_date = fields.Date(required=True)
    previous_address = fields.Str()
    forwarding_email = fields.Email()


class SinglePersonDiscountSchema(Schema):
    account_reference = fields.Str(required=True)
    lives_alone = fields.Bool(required=True)
    other_adults_names = fields.List(fields.Str(), load_default=list)
    declaration = fields.Bool(required=True, validate=validate.Equal(True))
