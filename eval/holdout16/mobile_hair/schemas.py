from marshmallow import Schema, fields, validate


class ClientSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str(required=True)
    phone = fields.Str(required=True)
    address = fields.Str(required=True)
    birthday = fields.Date(allow_none=True)
    allergies = fields.List(fields.Str())
    marketing_sms = fields.Bool(load_default=False)


class BookingSchema(Schema):
    client_id = fields.Int(required=True)
    service_codes = fields.List(fields.Str(), validate=validate.Length(min=1))
    starts_at = fields.DateTime(required=True)
    notes = fields.Str(load_default="")
    payment_method_token = fields.Str(load_only=True)


class ReviewSchema(Schema):
    stylist_id = fields.Int(required=True)
    stars = fields.Int(validate=validate.Range(min=1, max=5))
    comment = fields.Str(validate=validate.Length(max=1000))
    reviewer_first_name = fields.Str()
