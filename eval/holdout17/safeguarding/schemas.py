from marshmallow import Schema, fields, validate


class ReferrerSchema(Schema):
    name = fields.String(required=True)
    role = fields.String()
    organisation = fields.String()
    phone = fields.String()
    email = fields.Email()


class HouseholdMemberSchema(Schema):
    name = fields.String()
    relationship_to_child = fields.String()
    date_of_birth = fields.Date(allow_none=True)


class ReferralSchema(Schema):
    reference = fields.String(dump_only=True)
    referrer = fields.Nested(ReferrerSchema, required=True)
    child_first_name = fields.String(required=True)
    child_last_name = fields.String()
    child_dob = fields.Date(allow_none=True)
    home_postcode = fields.String(validate=validate.Length(max=8))
    concern_details = fields.String(required=True, validate=validate.Length(min=20))
    household = fields.List(fields.Nested(HouseholdMemberSchema))
    status = fields.String(dump_only=True)


class ReferralSummarySchema(Schema):
    reference = fields.String()
    received_at = fields.DateTime()
    child_initials = fields.String()
    status = fields.String()
    days_open = fields.Integer()
