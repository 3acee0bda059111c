"""Customs declarations: traders, declarants, travellers, consignments (marshmallow)."""

from marshmallow import Schema, fields


class TraderSchema(Schema):
    eori_number = fields.String(required=True)
    name = fields.String()
    address = fields.String()
    authorised_economic_operator = fields.Boolean()


class DeclarantSchema(Schema):
    full_name = fields.String(required=True)
    email = fields.Email()
    phone = fields.String()
    role_in_company = fields.String()
    signature = fields.String()
    declared_at = fields.DateTime()


class TravellerDeclarationSchema(Schema):
    passport_number = fields.String(required=True)
    surname = fields.String()
    forenames = fields.String()
    date_of_birth = fields.Date()
    nationality = fields.String()
    flight_number = fields.String()
    home_address = fields.String()
    visa_number = fields.String()
    goods_over_allowance = fields.Boolean()


class GoodsItemSchema(Schema):
    commodity_code = fields.String()
    description = fields.String()
    quantity = fields.Integer()
    value = fields.Decimal()
    origin_country = fields.String()
    weight_kg = fields.Float()


class ConsigneeSchema(Schema):
    name = fields.String()
    address_line1 = fields.String()
    city = fields.String()
    postcode = fields.String()
    country_code = fields.String()
    phone = fields.String()
    email = fields.Email()
    tax_id = fields.String()


class ConsignmentSchema(Schema):
    consignee = fields.Nested(ConsigneeSchema)
    tracking_number = fields.String()
    gross_mass = fields.Float()
    incoterm = fields.String()
    items = fields.List(fields.Nested(GoodsItemSchema))
