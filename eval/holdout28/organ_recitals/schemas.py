from marshmallow import Schema, fields, validate


class ProgrammeItemSchema(Schema):
    composer = fields.Str(required=True)
    work = fields.Str(required=True)
    duration_minutes = fields.Int()


class BookingSchema(Schema):
    recital_id = fields.Int(required=True)
    name = fields.Str(required=True)
    email = fields.Email(required=True)
    seats = fields.Int(validate=validate.Range(min=1, max=6))
    wheelchair_space = fields.Bool(load_default=False)
    hearing_loop_seat = fields.Bool(load_default=False)
    mailing_list = fields.Bool(load_default=False)


class PerformerApplicationSchema(Schema):
    name = fields.Str(required=True)
    email = fields.Email(required=True)
    diplomas = fields.Str()
    biography = fields.Str(validate=validate.Length(max=1500))
    proposed_programme = fields.List(fields.Nested(ProgrammeItemSchema))
    preferred_dates = fields.List(fields.Date())
    recording_link = fields.Url(allow_none=True)
