from marshmallow import Schema, fields, validate


class InvigilatorSchema(Schema):
    id = fields.Int(dump_only=True)
    staff_number = fields.Str(required=True)
    forename = fields.Str(required=True)
    surname = fields.Str(required=True)
    email = fields.Email(required=True)
    phone = fields.Str(allow_none=True)
    hourly_rate = fields.Decimal(as_string=True)
    is_lead = fields.Bool()


class AvailabilitySchema(Schema):
    invigilator_id = fields.Int(required=True)
    day = fields.Date(required=True)
    morning = fields.Bool(load_default=False)
    afternoon = fields.Bool(load_default=False)
    note = fields.Str(validate=validate.Length(max=300))


class BankDetailsSchema(Schema):
    account_name = fields.Str(required=True)
    sort_code = fields.Str(required=True, validate=validate.Regexp(r"^\d{2}-?\d{2}-?\d{2}$"))
    account_number = fields.Str(required=True, validate=validate.Length(equal=8))
    building_society_roll = fields.Str(load_default=None)


class TimesheetLineSchema(Schema):
    session_id = fields.Int(required=True)
    hours = fields.Decimal(places=2)
    mileage = fields.Int(load_default=0)
