from marshmallow import Schema, fields, validate


class StopSchema(Schema):
    sequence = fields.Int()
    description = fields.Str()
    lat = fields.Decimal(as_string=True)
    lng = fields.Decimal(as_string=True)


class RouteSheetSchema(Schema):
    code = fields.Str()
    school_name = fields.Str()
    driver_name = fields.Str()
    stops = fields.List(fields.Nested(StopSchema))
    pupils = fields.List(fields.Nested("PassengerSchema"))


class PassengerSchema(Schema):
    first_name = fields.Str()
    last_name = fields.Str()
    pickup_stop = fields.Nested(StopSchema)
    mobility_needs = fields.Str(allow_none=True)
    medication_on_board = fields.Str(allow_none=True)
    guardian_mobile = fields.Str()


class ApplicationSchema(Schema):
    upn = fields.Str(required=True, validate=validate.Length(equal=13))
    home_postcode = fields.Str(required=True)
    grounds = fields.Str(validate=validate.OneOf(["distance", "sen", "low_income", "unsafe_route"]))
    parent_statement = fields.Str(load_default="")
