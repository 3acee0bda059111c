from marshmallow import Schema, fields


class BatchSheetSchema(Schema):
    batch_code = fields.Str()
    recipe_name = fields.Str(attribute="recipe.name")
    brewed_on = fields.Date()
    og = fields.Float()
    fg = fields.Float()
    abv = fields.Decimal(as_string=True)
    brewer = fields.Str()
    tasting_notes = fields.Str(allow_none=True)


class DutyReturnSchema(Schema):
    period = fields.Str(required=True)
    hectolitres = fields.Decimal(as_string=True)
    abv_band = fields.Str()
    duty_due = fields.Decimal(as_string=True)
    warehouse_approval_number = fields.Str()
