from marshmallow import Schema, fields, validate


class MemberSchema(Schema):
    id = fields.Int(dump_only=True)
    ebu_number = fields.Str()
    first_name = fields.Str(required=True)
    surname = fields.Str(required=True)
    email = fields.Email()
    phone = fields.Str()
    ngs_grade = fields.Str(dump_only=True)
    membership_status = fields.Str()
    table_money_balance = fields.Decimal(as_string=True, dump_only=True)


class NewMemberSchema(Schema):
    first_name = fields.Str(required=True)
    surname = fields.Str(required=True)
    email = fields.Email(required=True)
    phone = fields.Str()
    address = fields.Str()
    postcode = fields.Str()
    previous_club = fields.Str(load_default=None)
    newsletter = fields.Bool(load_default=False)
    password = fields.Str(load_only=True, validate=validate.Length(min=10))


class PartnerRequestSchema(Schema):
    member_id = fields.Int(required=True)
    session_date = fields.Date(required=True)
    message = fields.Str(validate=validate.Length(max=500))


class ResultRowSchema(Schema):
    pair_number = fields.Int()
    names = fields.List(fields.Str())
    score_pct = fields.Decimal(as_string=True)
    rank = fields.Int()
    masterpoints = fields.Int()
