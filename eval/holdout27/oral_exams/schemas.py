from marshmallow import Schema, fields, validate


class CandidateSchema(Schema):
    candidate_number = fields.Str()
    full_name = fields.Function(lambda c: f"{c.first_name} {c.last_name}")
    year_group = fields.Int()
    access_arrangements = fields.Str(allow_none=True)


class MarkEntrySchema(Schema):
    candidate_number = fields.Str(required=True, validate=validate.Length(equal=4))
    task = fields.Str(
        required=True, validate=validate.OneOf(["role_play", "photo_card", "conversation"])
    )
    raw_mark = fields.Int(required=True, validate=validate.Range(0, 30))
    examiner_comment = fields.Str(load_default="")


class ResultSlipSchema(Schema):
    candidate = fields.Nested(CandidateSchema)
    language = fields.Str()
    overall_grade = fields.Str()
    issued_on = fields.Date()


class ExamSessionSchema(Schema):
    language = fields.Str()
    tier = fields.Str()
    room = fields.Str()
    starts_at = fields.DateTime()
    examiner_name = fields.Str(attribute="examiner.name")
