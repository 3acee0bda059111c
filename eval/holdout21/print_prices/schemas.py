from marshmallow import Schema, fields, validate


class ProductSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str()
    category = fields.Str()
    from_price = fields.Decimal(as_string=True)
    turnaround = fields.Int()


class QuoteRequestSchema(Schema):
    product_id = fields.Int(required=True)
    qty = fields.Int(required=True, validate=validate.Range(min=1))
    name = fields.Str(required=True)
    email = fields.Email(required=True)
    company = fields.Str(load_default="")
    notes = fields.Str(load_default="", validate=validate.Length(max=1000))
