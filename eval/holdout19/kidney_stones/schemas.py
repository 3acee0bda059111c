from marshmallow import Schema, fields, validate


class PatientSchema(Schema):
    id = fields.Int(dump_only=True)
    hospital_number = fields.Str(required=True)
    nhs_number = fields.Str(validate=validate.Length(equal=10))
    surname = fields.Str(required=True)
    forename = fields.Str(required=True)
    dob = fields.Date(data_key="dateOfBirth")
    sex = fields.Str(validate=validate.OneOf(["F", "M", "X", "U"]))
    phone = fields.Str(allow_none=True)
    address = fields.Str(allow_none=True)


class EpisodeSchema(Schema):
    patient_id = fields.Int(required=True)
    side = fields.Str(validate=validate.OneOf(["left", "right", "both"]))
    location = fields.Str()
    size_mm = fields.Decimal(as_string=True)
    treatment = fields.Str(allow_none=True)


class LabResultSchema(Schema):
    patient = fields.Nested(PatientSchema, only=("hospital_number", "surname"))
    analyte = fields.Str()
    value = fields.Float()
    units = fields.Str()
    reference_range = fields.Str()
    flagged = fields.Bool()


class AppointmentSchema(Schema):
    patient_id = fields.Int(required=True)
    clinic_code = fields.Str()
    slot_start = fields.DateTime()
    interpreter_language = fields.Str(allow_none=True)
    hospital_transport = fields.Bool(load_default=False)
