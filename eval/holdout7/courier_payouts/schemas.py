from marshmallow import Schema, fields, validate


class CourierProfileSchema(Schema):
    courier_id = fields.Str(dump_only=True)
    legal_name = fields.Str(required=True)
    preferred_name = fields.Str(allow_none=True)
    email = fields.Email(required=True)
    mobile = fields.Str(required=True)
    vehicle = fields.Str(validate=validate.OneOf(["bicycle", "e_bike", "moped", "car"]))


class BankDetailsSchema(Schema):
    account_holder = fields.Str(required=True)
    sort_code = fields.Str(required=True, validate=validate.Regexp(r"^\d{2}-?\d{2}-?\d{2}$"))
    account_number = fields.Str(required=True, validate=validate.Length(equal=8))


class WeeklyEarningsSchema(Schema):
    week_start = fields.Date()
    deliveries = fields.Int()
    hours_logged_in = fields.Float()
    earnings = fields.Int()
    tips = fields.Int()
    adjustments = fields.List(fields.Int())
    payout_status = fields.Str()
