from marshmallow import Schema, fields, validate

GENDERS = ["M", "F", "X", "U"]


class PersonSchema(Schema):
    crn = fields.Str(required=True, validate=validate.Regexp(r"^[A-Z]\d{6}$"))
    pnc_number = fields.Str(allow_none=True)
    forename = fields.Str(required=True)
    surname = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    gender = fields.Str(validate=validate.OneOf(GENDERS))
    postcode = fields.Str()
    offender_manager_name = fields.Str(dump_only=True)


class SupervisionContactSchema(Schema):
    crn = fields.Str(required=True)
    contact_type = fields.Str(required=True)
    starts_at = fields.DateTime(required=True)
    outcome = fields.Str(allow_none=True)
    notes = fields.Str()


class CourtReportRequestSchema(Schema):
    court_code = fields.Str(required=True)
    hearing_date = fields.Date(required=True)
    defendant_name = fields.Str(required=True)
    defendant_dob = fields.Date(required=True)
    charges = fields.List(fields.Str(), required=True)
    report_type = fields.Str(validate=validate.OneOf(["oral", "short_format", "standard"]))
    interpreter_language = fields.Str(allow_none=True)
    due_by = fields.Date()
