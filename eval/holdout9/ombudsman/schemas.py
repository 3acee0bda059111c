from marshmallow import Schema, fields, validate


class ComplainantSchema(Schema):
    id = fields.Int(dump_only=True)
    title = fields.Str(validate=validate.OneOf(["Mr", "Mrs", "Miss", "Ms", "Mx", "Dr"]))
    forename = fields.Str(required=True)
    surname = fields.Str(required=True)
    email = fields.Email()
    phone = fields.Str()
    postcode = fields.Str()
    date_of_birth = fields.Date()
    needs_adjustments = fields.Str(allow_none=True)


class ComplaintSchema(Schema):
    reference = fields.Str(dump_only=True)
    firm_name = fields.Str(attribute="firm.name", dump_only=True)
    product = fields.Str(required=True)
    summary = fields.Str(required=True, validate=validate.Length(max=10000))
    what_would_put_it_right = fields.Str(load_default=None)
    amount_disputed = fields.Decimal(as_string=True, allow_none=True)
    complainant = fields.Nested(ComplainantSchema, required=True)
    received_at = fields.DateTime(dump_only=True)


class CaseNoteSchema(Schema):
    author = fields.Str(dump_only=True)
    body = fields.Str(required=True)
    internal_only = fields.Bool(load_default=True)
    created_at = fields.DateTime(dump_only=True)
