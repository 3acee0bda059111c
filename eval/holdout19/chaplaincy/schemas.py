from marshmallow import Schema, fields, validate


class ChaplainSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str(required=True)
    faith = fields.Str()
    role = fields.Str()


class ReferralSchema(Schema):
    id = fields.Int(dump_only=True)
    patient_name = fields.Str(required=True)
    hospital_number = fields.Str()
    ward = fields.Str(required=True)
    faith = fields.Str(load_default="Not stated")
    reason = fields.Str(validate=validate.Length(max=2000))
    end_of_life = fields.Bool(load_default=False)
    patient_consents = fields.Bool(required=True)


class VisitSchema(Schema):
    chaplain = fields.Nested(ChaplainSchema, only=("id", "name"), dump_only=True)
    visited_at = fields.DateTime()
    rite = fields.Str(allow_none=True)
    notes = fields.Str()


class OnCallSchema(Schema):
    date = fields.Date()
    chaplain_name = fields.Str(attribute="chaplain.name")
    on_call_phone = fields.Str()
