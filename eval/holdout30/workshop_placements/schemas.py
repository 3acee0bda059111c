from marshmallow import Schema, fields, validate

STATUSES = ("active", "paused", "left")


class ParticipantSchema(Schema):
    id = fields.Int(dump_only=True)
    forename = fields.Str(required=True, validate=validate.Length(max=60))
    surname = fields.Str(required=True, validate=validate.Length(max=60))
    preferred_name = fields.Str(allow_none=True)
    dob = fields.Date(required=True)
    postcode = fields.Str()
    phone = fields.Str()
    primary_disability = fields.Str()
    support_needs = fields.Str()
    status = fields.Str(validate=validate.OneOf(STATUSES))
    referral_source = fields.Str(load_default="social services")


class PlacementSchema(Schema):
    id = fields.Int(dump_only=True)
    participant_id = fields.Int(required=True, load_only=True)
    workshop_id = fields.Int(required=True)
    start_date = fields.Date(required=True)
    days_per_week = fields.Int(validate=validate.Range(min=1, max=5))
    hourly_allowance = fields.Decimal(as_string=True, places=2)
    participant = fields.Nested(ParticipantSchema, dump_only=True, only=("id", "preferred_name"))


class TimesheetSchema(Schema):
    placement_id = fields.Int(required=True)
    week_commencing = fields.Date(required=True)
    hours_attended = fields.Decimal(as_string=True)
    earnings = fields.Decimal(as_string=True, dump_only=True)
