from marshmallow import Schema, fields
from marshmallow.validate import Length, OneOf, Range

DISTANCES = ["1k", "2.5k", "5k", "10k"]


class EntrySchema(Schema):
    event_id = fields.Int(required=True)
    distance = fields.Str(required=True, validate=OneOf(DISTANCES))
    first_name = fields.Str(required=True, validate=Length(max=60))
    last_name = fields.Str(required=True, validate=Length(max=60))
    email = fields.Email(required=True)
    date_of_birth = fields.Date(required=True)
    gender_category = fields.Str(validate=OneOf(["F", "M", "Open"]))
    club = fields.Str(load_default=None)
    swim_england_number = fields.Str(load_default=None)
    wetsuit = fields.Bool(load_default=True)
    predicted_time_minutes = fields.Int(validate=Range(min=10, max=600))
    medical_conditions = fields.Str(load_default="")
    emergency_contact_name = fields.Str(required=True)
    emergency_contact_phone = fields.Str(required=True)
    results_publication_consent = fields.Bool(load_default=True)


class ResultSchema(Schema):
    race_number = fields.Int()
    name = fields.Str()
    age_group = fields.Str()
    gender_category = fields.Str()
    club = fields.Str(allow_none=True)
    finish_time = fields.TimeDelta(precision="seconds")
    position = fields.Int()
    dnf = fields.Bool()


class SafetyBriefingAckSchema(Schema):
    entry_id = fields.Int(required=True)
    acknowledged = fields.Bool(required=True)
    ip = fields.IP()
    user_agent = fields.Str()


class MerchItemSchema(Schema):
    sku = fields.Str(required=True)
    name = fields.Str()
    gender = fields.Str(validate=OneOf(["womens", "mens", "unisex"]))
    size = fields.Str()
    price = fields.Decimal(as_string=True)
