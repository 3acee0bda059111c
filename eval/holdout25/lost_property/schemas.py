from marshmallow import Schema, fields, validate

CATEGORIES = ["bag", "phone", "wallet", "keys", "clothing", "umbrella", "laptop", "other"]


class OfficeSchema(Schema):
    name = fields.Str()
    address = fields.Str()
    phone = fields.Str()
    opening_hours = fields.Str()


class LossReportSchema(Schema):
    reference = fields.Str(dump_only=True)
    reporter_name = fields.Str(required=True, validate=validate.Length(max=120))
    reporter_email = fields.Email(required=True)
    reporter_phone = fields.Str(load_default=None)
    item_category = fields.Str(required=True, validate=validate.OneOf(CATEGORIES))
    item_description = fields.Str(required=True, validate=validate.Length(max=2000))
    lost_on = fields.Date(required=True)
    travelled_from = fields.Str(load_default=None)
    travelled_to = fields.Str(load_default=None)


class FoundItemPublicSchema(Schema):
    reference = fields.Str()
    category = fields.Str()
    colour = fields.Str()
    found_on = fields.Date(attribute="found_at")
    office = fields.Nested(OfficeSchema)


class ClaimSchema(Schema):
    found_item_reference = fields.Str(required=True)
    claimant_name = fields.Str(required=True)
    delivery_method = fields.Str(validate=validate.OneOf(["collect", "post"]))
    postal_address = fields.Str(load_default=None)
    accept_fee = fields.Bool(required=True)

    class Meta:
        ordered = True
