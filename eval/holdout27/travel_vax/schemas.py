from marshmallow import Schema, fields, validate


class TravellerSchema(Schema):
    id = fields.Int(dump_only=True)
    nhs_number = fields.Str(validate=validate.Length(equal=10), allow_none=True)
    forename = fields.Str(required=True)
    surname = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    email = fields.Email()
    phone = fields.Str()
    postcode = fields.Str()
    pregnant = fields.Bool(load_default=False)


class TripSchema(Schema):
    destination_countries = fields.List(fields.Str(validate=validate.Length(equal=2)))
    depart_on = fields.Date(required=True)
    return_on = fields.Date()
    purpose = fields.Str(
        validate=validate.OneOf(["holiday", "business", "visiting_family", "backpacking", "other"])
    )


class BookingRequestSchema(Schema):
    traveller = fields.Nested(TravellerSchema, required=True)
    trip = fields.Nested(TripSchema, required=True)
    preferred_clinic_id = fields.Int()
    preferred_date = fields.Date()
    card_token = fields.Str(load_only=True)


class CertificateSchema(Schema):
    """International Certificate of Vaccination or Prophylaxis (yellow card)."""

    certificate_no = fields.Str()
    holder_name = fields.Str()
    passport_number = fields.Str()
    vaccine = fields.Str()
    date_given = fields.Date()
    valid_from = fields.Date()
    clinician_signature = fields.Str()
    centre_stamp = fields.Str()
