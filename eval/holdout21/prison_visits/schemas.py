from marshmallow import Schema, fields, validate


class VisitorSchema(Schema):
    id = fields.Int(dump_only=True)
    first_name = fields.Str(required=True)
    last_name = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    email = fields.Email()
    phone = fields.Str()
    postcode = fields.Str(validate=validate.Length(max=10))


class BookingRequestSchema(Schema):
    prison_number = fields.Str(required=True, validate=validate.Regexp(r"^[A-Z]\d{4}[A-Z]{2}$"))
    prisoner_date_of_birth = fields.Date(required=True)
    slot_start = fields.DateTime(required=True)
    visitors = fields.List(fields.Nested(VisitorSchema), validate=validate.Length(min=1, max=3))
    special_requirements = fields.Str(load_default="")


class SlotSchema(Schema):
    prison_code = fields.Str()
    start = fields.DateTime()
    end = fields.DateTime()
    capacity = fields.Int()
    remaining = fields.Int()
