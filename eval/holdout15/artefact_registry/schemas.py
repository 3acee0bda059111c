from marshmallow import Schema, fields, validate


class ArtefactSchema(Schema):
    name = fields.Str(required=True)
    version = fields.Str(required=True)
    sha256 = fields.Str(validate=validate.Length(equal=64))
    size_bytes = fields.Int(dump_only=True)
    content_type = fields.Str()
    uploaded_at = fields.DateTime(dump_only=True)
    uploaded_by = fields.Str(attribute="uploaded_by.username", dump_only=True)


class RepositorySchema(Schema):
    name = fields.Str(required=True)
    visibility = fields.Str(validate=validate.OneOf(["public", "internal", "private"]))
    retention_days = fields.Int(validate=validate.Range(min=1))
    storage_backend = fields.Str()


class UploadQuerySchema(Schema):
    overwrite = fields.Bool(load_default=False)
    checksum = fields.Str()
    dry_run = fields.Bool(load_default=False)
