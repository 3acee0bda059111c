from marshmallow import Schema, fields, validate


class ApplicantSchema(Schema):
    full_name = fields.Str(required=True)
    address_line1 = fields.Str(required=True)
    town = fields.Str(required=True)
    postcode = fields.Str(required=True, validate=validate.Length(max=10))
    phone = fields.Str()
    email = fields.Email()


class DeceasedSchema(Schema):
    forenames = fields.Str(required=True)
    surname = fields.Str(required=True)
    date_of_birth = fields.Date()
    date_of_death = fields.Date(required=True)
    religion = fields.Str(allow_none=True)
    has_pacemaker = fields.Bool(load_default=False)


class BookingSchema(Schema):
    reference = fields.Str(dump_only=True)
    deceased = fields.Nested(DeceasedSchema, required=True)
    applicant = fields.Nested(ApplicantSchema, required=True)
    chapel_id = fields.Int(required=True)
    service_date = fields.Date(required=True)
    service_time = fields.Time(required=True)
    music_requests = fields.Str(load_default="")


class DirectorSchema(Schema):
    firm_name = fields.Str(required=True)
    office_email = fields.Email()
    contact_name = fields.Str()
