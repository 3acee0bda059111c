from marshmallow import Schema, ValidationError, fields, validate, validates_schema


class MemberSchema(Schema):
    id = fields.Int(dump_only=True)
    ni_number = fields.Str(required=True, validate=validate.Length(equal=9))
    surname = fields.Str(required=True)
    forenames = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    email = fields.Email(allow_none=True)
    pensionable_salary = fields.Decimal(as_string=True)
    status = fields.Str(dump_only=True)
    employer_name = fields.Str(attribute="employer.name", dump_only=True)


class TransferOutRequestSchema(Schema):
    member_ref = fields.Str(required=True)
    receiving_scheme_name = fields.Str(required=True)
    receiving_scheme_pstr = fields.Str(required=True, validate=validate.Length(equal=10))
    receiving_scheme_iban = fields.Str(required=True)
    transfer_value = fields.Decimal(as_string=True, dump_only=True)
    declaration_signed = fields.Bool(required=True)

    @validates_schema
    def must_sign(self, data, **kwargs):
        if not data.get("declaration_signed"):
            raise ValidationError("The member must sign the transfer declaration.")


class FundSwitchSchema(Schema):
    from_fund = fields.Str(required=True)
    to_fund = fields.Str(required=True)
    percentage = fields.Int(validate=validate.Range(min=1, max=100))
    effective_date = fields.Date()
