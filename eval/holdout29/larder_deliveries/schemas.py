from marshmallow import Schema, fields, validate


class ReferralSchema(Schema):
    resident_name = fields.Str(required=True)
    phone = fields.Str()
    address = fields.Str(required=True)
    postcode = fields.Str(required=True)
    shielding_reason = fields.Str()
    referrer_name = fields.Str(required=True)
    referrer_organisation = fields.Str()
    referrer_email = fields.Email(required=True)
    consent_given = fields.Bool(required=True, validate=validate.Equal(True))


class StopSchema(Schema):
    order = fields.Int()
    resident_id = fields.Int()
    name = fields.Str()
    address = fields.Str()
    what3words = fields.Str(allow_none=True)
    access_instructions = fields.Str(allow_none=True)


class DeliveryRunSchema(Schema):
    run_date = fields.Date()
    volunteer_name = fields.Str()
    stops = fields.List(fields.Nested(StopSchema))
    total_miles = fields.Float()
