from marshmallow import Schema, fields, validate


class PatientSchema(Schema):
    id = fields.Int(dump_only=True)
    nhs_number = fields.Str(required=True, validate=validate.Length(equal=10))
    first_name = fields.Str(required=True)
    last_name = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    postcode = fields.Str()
    phone = fields.Str()
    interpreter_language = fields.Str(load_default=None)


class AudiogramSchema(Schema):
    patient_id = fields.Int(required=True)
    ear = fields.Str(validate=validate.OneOf(["left", "right"]))
    thresholds = fields.Dict(keys=fields.Int(), values=fields.Int())
    tinnitus_reported = fields.Bool(load_default=False)
    comments = fields.Str(load_default="")


class RepairDropOffSchema(Schema):
    serial = fields.Str(required=True)
    fault_code = fields.Str(validate=validate.OneOf(["DEAD", "WHISTLE", "CRACKED", "WAX", "OTHER"]))
    dropped_off_by = fields.Str()
    collection_branch = fields.Str()
    return_by_post = fields.Bool(load_default=False)
