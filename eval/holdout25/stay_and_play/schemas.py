from marshmallow import Schema, fields, validate


class ChildSchema(Schema):
    first_name = fields.String(required=True)
    date_of_birth = fields.Date(required=True)
    gender = fields.String(allow_none=True)
    allergies = fields.String(allow_none=True)
    additional_needs = fields.String(allow_none=True)
    photo_consent = fields.Boolean(load_default=False)


class FamilyRegistrationSchema(Schema):
    main_carer_name = fields.String(required=True, validate=validate.Length(max=120))
    relationship_to_children = fields.String(
        validate=validate.OneOf(["parent", "grandparent", "foster carer", "childminder", "other"])
    )
    phone = fields.String()
    email = fields.Email()
    address_line = fields.String(required=True)
    postcode = fields.String(required=True)
    first_language = fields.String(load_default="English")
    ethnicity = fields.String(allow_none=True)
    lone_parent = fields.Boolean(load_default=False)
    universal_credit = fields.Boolean(load_default=False)
    children = fields.List(fields.Nested(ChildSchema), validate=validate.Length(min=1))


class SessionSchema(Schema):
    id = fields.Integer(dump_only=True)
    title = fields.String()
    starts_at = fields.DateTime()
    age_from_months = fields.Integer()
    age_to_months = fields.Integer()
    spaces_left = fields.Integer()
