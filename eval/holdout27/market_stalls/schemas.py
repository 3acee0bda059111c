from marshmallow import Schema, fields, validate


class TraderApplicationSchema(Schema):
    licence_holder = fields.Str(required=True)
    trading_name = fields.Str()
    home_address = fields.Str(required=True)
    postcode = fields.Str(required=True)
    phone = fields.Str(required=True)
    email = fields.Email()
    date_of_birth = fields.Date(required=True)
    commodity = fields.Str(required=True)
    preferred_market = fields.Str()
    unspent_convictions = fields.Str(load_default="")
    photo = fields.Raw(metadata={"type": "file"})


class PitchSchema(Schema):
    market = fields.Str()
    number = fields.Int()
    width_m = fields.Float()
    has_power = fields.Bool()
    daily_rate = fields.Decimal(as_string=True)


class InspectionSchema(Schema):
    officer = fields.Str(required=True)
    inspected_at = fields.DateTime()
    hygiene_rating = fields.Int(validate=validate.Range(0, 5), allow_none=True)
    findings = fields.Str()
