from marshmallow import Schema, fields, validate


class VolunteerSchema(Schema):
    id = fields.UUID(dump_only=True)
    name = fields.Str(required=True)
    email = fields.Email(required=True)
    phone = fields.Str()
    postcode = fields.Str()
    age_band = fields.Str(validate=validate.OneOf(["under-16", "16-17", "18+"]))
    can_swim = fields.Bool()
    emergency_contact = fields.Str()
    emergency_phone = fields.Str()
    tetanus_up_to_date = fields.Bool()
    corporate_team = fields.Str(allow_none=True)
    newsletter = fields.Bool(load_default=False)


class CleanupEventSchema(Schema):
    id = fields.Int(dump_only=True)
    title = fields.Str(required=True)
    river = fields.Str(required=True)
    meeting_point = fields.Str()
    meeting_lat = fields.Float()
    meeting_lng = fields.Float()
    starts_at = fields.DateTime(required=True)
    leader = fields.Str()
    leader_phone = fields.Str()
    max_volunteers = fields.Int(load_default=25)
    risk_assessment_url = fields.Url(allow_none=True)
    landowner_permission = fields.Bool(load_default=False)


class SignInSchema(Schema):
    event_id = fields.Int(required=True)
    volunteer_id = fields.UUID(required=True)
    signed_in_at = fields.DateTime()
    waders_issued = fields.Bool(load_default=False)
    under_18_with_guardian = fields.Bool(load_default=False)
    photo_consent = fields.Bool(load_default=False)
