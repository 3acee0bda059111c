from marshmallow import Schema, fields, validate


class NominationSchema(Schema):
    election_id = fields.Integer(required=True)
    student_number = fields.String(required=True, validate=validate.Regexp(r"^[0-9]{8}$"))
    ballot_name = fields.String(required=True, validate=validate.Length(max=60))
    pronouns = fields.String(allow_none=True)
    manifesto = fields.String(validate=validate.Length(max=500))
    proposer_numbers = fields.List(fields.String(), validate=validate.Length(min=2))


class VoteSchema(Schema):
    election_id = fields.Integer(required=True)
    rankings = fields.List(fields.Integer(), required=True)
    ron_position = fields.Integer(allow_none=True)


class ResultSchema(Schema):
    election_id = fields.Integer()
    elected = fields.List(fields.String())
    turnout = fields.Float()
    rounds = fields.Integer()
    published_at = fields.DateTime()
