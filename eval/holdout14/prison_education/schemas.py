from marshmallow import Schema, fields, validate


class LearnerSchema(Schema):
    prison_number = fields.Str(required=True, validate=validate.Regexp(r"^[A-Z]\d{4}[A-Z]{2}$"))
    forename = fields.Str(required=True)
    surname = fields.Str(required=True)
    date_of_birth = fields.Date()
    establishment = fields.Str()
    highest_qualification = fields.Str(allow_none=True)
    ldd_declared = fields.Bool()
    support_needs = fields.List(fields.Str())


class ProgressReviewSchema(Schema):
    learner_id = fields.Int(required=True)
    reviewed_by = fields.Str()
    review_date = fields.Date()
    targets = fields.Str()
    tutor_comments = fields.Str()
    learner_comments = fields.Str(allow_none=True)
    next_review = fields.Date(allow_none=True)


class CertificateRequestSchema(Schema):
    learner_id = fields.Int(required=True)
    course_code = fields.Str(required=True)
    awarding_body = fields.Str()
    name_on_certificate = fields.Str(required=True)
    send_to_release_address = fields.Bool(load_default=False)
    release_address = fields.Str(allow_none=True)
