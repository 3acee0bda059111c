from marshmallow import Schema, fields, validate


class AppealFormSchema(Schema):
    appellant_name = fields.Str(required=True)
    appellant_email = fields.Email(required=True)
    child_name = fields.Str(required=True)
    child_dob = fields.Date(required=True)
    school_urn = fields.Str(required=True, validate=validate.Length(equal=6))
    grounds = fields.Str(required=True, validate=validate.Length(min=20))
    supporting_documents = fields.List(fields.Str(), load_default=list)
    consent_to_share = fields.Bool(required=True)


class PanelMemberSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str()
    role = fields.Str(validate=validate.OneOf(["chair", "lay", "education"]))


class HearingSlotSchema(Schema):
    id = fields.Int(dump_only=True)
    starts_at = fields.DateTime()
    room = fields.Str()
    video_link = fields.Url(allow_none=True)
    panel = fields.List(fields.Nested(PanelMemberSchema))
