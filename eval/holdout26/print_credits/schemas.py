from marshmallow import Schema, fields, validate


class PatronSchema(Schema):
    card_number = fields.Str(required=True)
    name = fields.Str()
    email = fields.Email(allow_none=True)
    credit = fields.Decimal(as_string=True, dump_only=True)
    blocked = fields.Bool(dump_only=True)


class ReleaseRequestSchema(Schema):
    card_number = fields.Str(required=True)
    pin = fields.Str(required=True, load_only=True, validate=validate.Length(equal=4))
    printer_id = fields.Int(required=True)
    job_ids = fields.List(fields.Int(), required=True)


class TopUpRequestSchema(Schema):
    card_number = fields.Str(required=True)
    amount = fields.Decimal(required=True, validate=validate.Range(min=1, max=20))
    return_url = fields.Url()


class PrinterStatusSchema(Schema):
    name = fields.Str()
    branch = fields.Str()
    ip_address = fields.Str()
    toner_pct = fields.Int()
    page_count = fields.Int()
    status = fields.Str()
