from marshmallow import Schema, fields, validate


class SiteSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str(required=True)
    gln = fields.Str(validate=validate.Length(equal=13))
    postcode = fields.Str()
    latitude = fields.Float()
    longitude = fields.Float()


class PalletSchema(Schema):
    sscc = fields.Str(required=True, validate=validate.Regexp(r"^\d{18}$"))
    pallet_type = fields.Str()
    pool_owner = fields.Str()
    status = fields.Str(dump_only=True)
    current_site = fields.Nested(SiteSchema, only=("id", "name"), dump_only=True)
    age_days = fields.Int(dump_only=True)


class ScanEventSchema(Schema):
    sscc = fields.Str(required=True)
    site_gln = fields.Str(required=True)
    scanner_id = fields.Str(required=True)
    event_type = fields.Str(validate=validate.OneOf(["receive", "dispatch", "repair", "write_off"]))
    scanned_by = fields.Str()
    scanned_at = fields.DateTime()


class ProofOfDeliverySchema(Schema):
    consignment_reference = fields.Str(required=True)
    signed_name = fields.Str(required=True)
    signature_png = fields.Str(required=True)
    pallets_received = fields.Int(required=True)
    damaged = fields.Int(load_default=0)
