from marshmallow import Schema, fields, validate


class AdviserSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str()
    email = fields.Email()


class YoungPersonSchema(Schema):
    id = fields.Int(dump_only=True)
    case_reference = fields.Str(dump_only=True)
    preferred_name = fields.Str()
    date_of_birth = fields.Date(required=True)
    age = fields.Int(dump_only=True)
    phone = fields.Str(allow_none=True)
    eet_status = fields.Str(validate=validate.OneOf(["education", "employment", "training", "neet"]))
    personal_adviser = fields.Nested(AdviserSchema, dump_only=True)


class ContactLogSchema(Schema):
    young_person_id = fields.Int(required=True)
    contact_type = fields.Str(validate=validate.OneOf(["visit", "phone", "text", "video", "missed"]))
    happened_at = fields.DateTime(required=True)
    summary = fields.Str()
    wellbeing_score = fields.Int(validate=validate.Range(min=1, max=10), allow_none=True)


class GrantRequestSchema(Schema):
    young_person_id = fields.Int(required=True)
    purpose = fields.Str(required=True)
    amount = fields.Decimal(as_string=True, required=True)
    sort_code = fields.Str(validate=validate.Regexp(r"^\d{2}-?\d{2}-?\d{2}$"))
    account_number = fields.Str(validate=validate.Length(equal=8))
    supplier_quote_url = fields.Url(allow_none=True)
