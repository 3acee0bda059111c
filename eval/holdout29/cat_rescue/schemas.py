from marshmallow import Schema, fields, validate


class FostererApplicationSchema(Schema):
    name = fields.Str(required=True, validate=validate.Length(max=120))
    email = fields.Email(required=True)
    phone = fields.Str(required=True)
    address = fields.Str(required=True)
    postcode = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    housing = fields.Str(validate=validate.OneOf(["own", "rent", "other"]))
    landlord_allows_pets = fields.Bool(load_default=None)
    working_hours = fields.Str(metadata={"description": "How long is the home usually empty?"})
    previous_experience = fields.Str(load_default="")
    referee_name = fields.Str(required=True)
    referee_phone = fields.Str(required=True)


class CatSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str()
    sex = fields.Str()
    estimated_age_months = fields.Int(allow_none=True)
    photo_url = fields.Url(allow_none=True)
    good_with_children = fields.Bool()


class AdoptionEnquirySchema(Schema):
    cat_id = fields.Int(required=True)
    enquirer_name = fields.Str(required=True)
    enquirer_email = fields.Email(required=True)
    message = fields.Str(validate=validate.Length(max=2000))
    heard_about_us = fields.Str(load_default=None)
    mailing_list = fields.Bool(load_default=False)
