from marshmallow import Schema, fields, validate


class WalkInSchema(Schema):
    forename = fields.String(required=True)
    surname = fields.String(required=True)
    dob = fields.Date()
    nhs_number = fields.String(validate=validate.Length(equal=10))
    phone = fields.String()
    postcode = fields.String()
    no_fixed_abode = fields.Boolean(load_default=False)
    presenting_complaint = fields.String(required=True)
    pain_score = fields.Integer(validate=validate.Range(0, 10))
    medical_history = fields.List(fields.String())
    current_medication = fields.List(fields.String())


class StopScheduleSchema(Schema):
    site_name = fields.String()
    site_postcode = fields.String()
    visit_date = fields.Date()
    opening_time = fields.Time()
    closing_time = fields.Time()
    walk_in_slots = fields.Integer()


class DailyReturnSchema(Schema):
    stop_id = fields.Integer()
    patients_seen = fields.Integer()
    extractions = fields.Integer()
    fillings = fields.Integer()
    charges_collected = fields.Decimal(as_string=True)
    completed_by = fields.String()
