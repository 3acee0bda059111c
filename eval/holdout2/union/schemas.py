"""marshmallow schemas of a trade union's membership system."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, fields, validate


class BranchSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    code = fields.Str(required=True, validate=validate.Length(equal=6))
    name = fields.Str(required=True)
    region = fields.Str()
    office_email = fields.Email()
    office_phone = fields.Str()
    member_count = fields.Int(dump_only=True)
    meets_on = fields.Str(metadata={"description": "e.g. second Tuesday"})


class MemberSchema(Schema):
    class Meta:
        unknown = EXCLUDE
        ordered = True

    membership_no = fields.Str(dump_only=True)
    first_name = fields.Str(required=True)
    last_name = fields.Str(required=True)
    date_of_birth = fields.Date()
    personal_email = fields.Email()
    mobile = fields.Str()
    home_address = fields.Str()
    postcode = fields.Str()
    workplace = fields.Str()
    employer = fields.Str()
    job_role = fields.Str()
    political_fund = fields.Bool(load_default=True)
    is_workplace_rep = fields.Bool()
    branch_code = fields.Str()
    joined = fields.Date(dump_only=True)
    lapsed = fields.Bool(dump_only=True)


class EqualityMonitoringSchema(Schema):
    """Optional, anonymised for reporting but stored against the member."""

    member_id = fields.Int(required=True)
    ethnic_group = fields.Str(allow_none=True)
    religion_or_belief = fields.Str(allow_none=True)
    sexual_orientation = fields.Str(allow_none=True)
    gender_identity = fields.Str(allow_none=True)
    disabled = fields.Bool(allow_none=True)
    prefer_not_to_say = fields.Bool(load_default=False)


class CaseSchema(Schema):
    """A workplace dispute or grievance a rep handles for a member."""

    case_id = fields.UUID(dump_only=True)
    member_id = fields.Int(required=True)
    rep_id = fields.Int()
    case_type = fields.Str(validate=validate.OneOf(["grievance", "disciplinary", "tribunal"]))
    summary = fields.Str()
    sickness_absence_days = fields.Int()
    opened_on = fields.Date()
    closed_on = fields.Date(allow_none=True)
    legal_aid_approved = fields.Bool()


class BallotSchema(Schema):
    ballot_id = fields.UUID(dump_only=True)
    question = fields.Str(required=True)
    opens_at = fields.DateTime()
    closes_at = fields.DateTime()
    turnout_threshold = fields.Float(load_default=0.5)
    options = fields.List(fields.Str())


class BallotPaperSchema(Schema):
    """A cast vote; the voter is not stored, only the ballot and a one-time code."""

    ballot_id = fields.UUID(required=True)
    voucher_digest = fields.Str(required=True)
    choice = fields.Str(required=True)
    cast_at = fields.DateTime(dump_only=True)


class SubscriptionPaymentSchema(Schema):
    member_id = fields.Int()
    period = fields.Str()
    amount_pence = fields.Int()
    collected_via = fields.Str()
    mandate_iban = fields.Str(load_only=True)
