from marshmallow import Schema, fields, post_load, validate

from .competitions import Entry


class EntrySchema(Schema):
    competition_code = fields.Str(required=True)
    name = fields.Str(required=True, validate=validate.Length(min=1, max=120))
    phone = fields.Str(required=True)
    answer = fields.Str(required=True)
    postcode = fields.Str(required=True)
    date_of_birth = fields.Date(allow_none=True)
    marketing_opt_in = fields.Bool(load_default=False)

    @post_load
    def make_entry(self, data, **kwargs):
        return Entry(**data)


class WinnerAnnouncementSchema(Schema):
    first_name = fields.Str()
    area = fields.Str()
    prize = fields.Str()
    announced_at = fields.DateTime()


class PrizeDispatchSchema(Schema):
    winner_name = fields.Str(required=True)
    address_lines = fields.List(fields.Str(), required=True)
    postcode = fields.Str(required=True)
    courier = fields.Str(load_default="Royal Mail")
    tracking_number = fields.Str(allow_none=True)
