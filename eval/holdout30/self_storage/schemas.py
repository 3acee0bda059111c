from marshmallow import Schema, fields


class TenantSchema(Schema):
    tenant_id = fields.Int(dump_only=True)
    full_name = fields.Str(required=True)
    email = fields.Email(required=True)
    mobile = fields.Str(required=True)
    home_address = fields.Str(required=True)
    date_of_birth = fields.Date()
    id_document_number = fields.Str(load_only=True)
    account_balance = fields.Decimal(dump_only=True, as_string=True)
    marketing_consent = fields.Bool(load_default=False)


class GateEventSchema(Schema):
    gate = fields.Str()
    pin_used_by = fields.Int(allow_none=True)
    occurred_at = fields.DateTime()
    granted = fields.Bool()


class ArrearsLetterSchema(Schema):
    tenant_name = fields.Str()
    address_lines = fields.List(fields.Str())
    amount_due = fields.Decimal(as_string=True)
    days_overdue = fields.Int()
    lien_sale_date = fields.Date(allow_none=True)
