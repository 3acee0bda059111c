from marshmallow import Schema, fields, validate


class ResponseSchema(Schema):
    juror_number = fields.Str(required=True, validate=validate.Length(equal=9))
    date_of_birth = fields.Date(required=True)
    phone = fields.Str()
    email = fields.Email()
    mental_health_condition = fields.Bool(load_default=False)
    needs_adjustments = fields.Str(allow_none=True)
    deferral_reason = fields.Str(allow_none=True)
    employer_name = fields.Str(allow_none=True)
    occupation = fields.Str(allow_none=True)


class ExpenseClaimSchema(Schema):
    juror_number = fields.Str(required=True)
    day = fields.Date(required=True)
    mileage = fields.Int(load_default=0)
    loss_of_earnings = fields.Decimal(as_string=True, load_default=0)
    childcare_cost = fields.Decimal(as_string=True, load_default=0)
    payment_account = fields.Str(validate=validate.Regexp(r"^\d{8}$"))
    payment_sort_code = fields.Str(validate=validate.Regexp(r"^\d{2}-?\d{2}-?\d{2}$"))


class CourtSchema(Schema):
    name = fields.Str()
    address = fields.Str()
    postcode = fields.Str()
    jury_office_phone = fields.Str()
