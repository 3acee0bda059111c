from marshmallow import Schema, fields, validate


class PartySchema(Schema):
    id = fields.Int(dump_only=True)
    role = fields.Str(validate=validate.OneOf(["first", "second", "other"]))
    name = fields.Str(required=True)
    address = fields.Str()
    phone = fields.Str()
    email = fields.Email()
    needs_interpreter = fields.Bool(load_default=False)
    interpreter_language = fields.Str(allow_none=True)


class CaseIntakeSchema(Schema):
    dispute_type = fields.Str(
        required=True,
        validate=validate.OneOf(["neighbour", "family", "workplace", "consumer", "community"]),
    )
    summary = fields.Str(required=True, validate=validate.Length(max=4000))
    parties = fields.List(fields.Nested(PartySchema), validate=validate.Length(min=2))
    referred_by = fields.Str(allow_none=True)
    preferred_days = fields.List(fields.Str())


class MediatorPublicSchema(Schema):
    full_name = fields.Str()
    languages = fields.Str()
    photo_url = fields.Url()
