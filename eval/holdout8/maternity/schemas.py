from marshmallow import Schema, fields, validate


class MotherSchema(Schema):
    hospital_number = fields.Str(required=True)
    nhs_number = fields.Str(validate=validate.Length(equal=10))
    forename = fields.Str(required=True)
    surname = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    postcode = fields.Str()
    ethnicity = fields.Str(validate=validate.Length(max=2))
    first_language = fields.Str()

    class Meta:
        ordered = True


class BirthNotificationSchema(Schema):
    """Payload sent to the national birth notification service."""

    mother_nhs_number = fields.Str(required=True)
    baby_nhs_number = fields.Str()
    born_at = fields.DateTime(required=True)
    baby_sex = fields.Str(validate=validate.OneOf(["M", "F", "I"]))
    birth_weight_g = fields.Int()
    place_of_birth_code = fields.Str()
    notifying_midwife = fields.Str()
