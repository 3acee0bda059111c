from marshmallow import Schema, fields, validate


class EnquirySchema(Schema):
    name = fields.String(required=True)
    email = fields.Email(required=True)
    phone = fields.String()
    target_category = fields.String(validate=validate.OneOf(["C1", "C", "CE", "D"]))
    currently_unemployed = fields.Boolean()
    current_job = fields.String()
    holds_car_licence_years = fields.Integer()
    penalty_points = fields.Integer()


class TestBookingSchema(Schema):
    trainee_id = fields.Integer(required=True)
    licence_number = fields.String(required=True)
    test_centre = fields.String()
    test_date = fields.Date()
    vehicle_registration = fields.String()


class TestResultSchema(Schema):
    trainee_id = fields.Integer()
    passed = fields.Boolean()
    driving_faults = fields.Integer()
    serious_faults = fields.List(fields.String())
    examiner_feedback = fields.String()
    certificate_number = fields.String()


class CourseSchema(Schema):
    code = fields.String()
    title = fields.String()
    duration_days = fields.Integer()
    price = fields.Decimal(as_string=True)
    max_trainees = fields.Integer()
