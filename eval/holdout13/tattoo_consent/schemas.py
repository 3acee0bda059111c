from marshmallow import Schema, fields, validate


class ClientSignupSchema(Schema):
    full_name = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    phone = fields.Str(required=True)
    email = fields.Email()
    instagram_handle = fields.Str(validate=validate.Regexp(r"^@?[A-Za-z0-9_.]{1,30}$"))
    marketing_opt_in = fields.Bool(load_default=False)
    photo_id_front = fields.Raw(required=True)


class ConsentSubmitSchema(Schema):
    client_id = fields.Str(required=True)
    artist_id = fields.Str(required=True)
    signature = fields.Str(required=True)
    over_18_confirmed = fields.Bool(required=True)
    pregnant_or_breastfeeding = fields.Bool(required=True)
    blood_thinners = fields.Bool(required=True)
    skin_conditions = fields.List(fields.Str(), load_default=list)
    allergies = fields.List(fields.Str(), load_default=list)
    medical_notes = fields.Str(load_default="")


class PriceQuoteSchema(Schema):
    size_cm = fields.Int(required=True)
    colour = fields.Bool(load_default=False)
    hours_estimate = fields.Float()
    quote_total = fields.Decimal(as_string=True)
    client_email = fields.Email()
