from marshmallow import Schema, fields, validate


class RoomSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str()
    capacity = fields.Int()
    hourly_rate = fields.Decimal(as_string=True)
    amenities = fields.List(fields.Str())


class AvailabilityQuerySchema(Schema):
    date = fields.Date(required=True)
    start = fields.Time(required=True)
    end = fields.Time(required=True)
    attendees = fields.Int(validate=validate.Range(min=1))
    layout = fields.Str(validate=validate.OneOf(["theatre", "boardroom", "cabaret"]))


class BookingRequestSchema(Schema):
    room_id = fields.Int(required=True)
    event_title = fields.Str(required=True)
    organisation = fields.Str()
    contact_name = fields.Str(required=True)
    contact_phone = fields.Str(required=True)
    notes_for_caretaker = fields.Str(allow_none=True)
