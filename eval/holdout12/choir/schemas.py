from marshmallow import Schema, fields, post_load, validate


class MemberSchema(Schema):
    member_no = fields.Int(dump_only=True)
    first_name = fields.Str(required=True)
    surname = fields.Str(required=True)
    email = fields.Email(required=True)
    phone = fields.Str(allow_none=True)
    voice_part = fields.Str(validate=validate.OneOf(["S", "A", "T", "B"]))
    mailing_list = fields.Bool(load_default=True)


class RegisterRowSchema(Schema):
    surname = fields.Str()
    first_name = fields.Str()
    voice_part = fields.Str()
    attended = fields.Int()
    missed = fields.Int()


class ConcertSchema(Schema):
    title = fields.Str(required=True)
    performed_on = fields.Date()
    venue = fields.Str()
    conductor = fields.Str()
    soloists = fields.List(fields.Str())
    programme = fields.List(fields.Str())
    ticket_price = fields.Decimal(as_string=True)

    @post_load
    def strip_title(self, data, **kwargs):
        data["title"] = data["title"].strip()
        return data
