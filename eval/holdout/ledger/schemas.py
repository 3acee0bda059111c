"""Request and response schemas of the accounts and payments API."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, fields, validate


class BaseSchema(Schema):
    class Meta:
        unknown = EXCLUDE
        ordered = True


class PostalAddressSchema(BaseSchema):
    building = fields.Str(required=True)
    street = fields.Str(required=True)
    locality = fields.Str()
    post_town = fields.Str(required=True)
    postcode = fields.Str(required=True)
    country_iso = fields.Str(validate=validate.Length(equal=2))


class AccountHolderSchema(BaseSchema):
    holder_id = fields.UUID(dump_only=True)
    title = fields.Str()
    first_names = fields.Str(required=True)
    last_name = fields.Str(required=True)
    born_on = fields.Date(required=True)
    nationality = fields.Str()
    marital_status = fields.Str()
    residential_address = fields.Nested(PostalAddressSchema)
    previous_addresses = fields.List(fields.Nested(PostalAddressSchema))
    mobile_number = fields.Str()
    email_address = fields.Email()
    occupation = fields.Str()
    employer = fields.Str()
    gross_annual_income = fields.Decimal(as_string=True)
    source_of_funds = fields.Str()
    utr = fields.Str(metadata={"description": "HMRC unique taxpayer reference"})
    marketing_consent = fields.Bool(load_default=False)
    created_at = fields.DateTime(dump_only=True)


class KycCheckSchema(BaseSchema):
    check_id = fields.Str(dump_only=True)
    holder_id = fields.UUID(required=True)
    document_type = fields.Str(validate=validate.OneOf(["passport", "driving_licence", "id_card"]))
    document_number = fields.Str()
    document_expiry = fields.Date()
    selfie_image_id = fields.Str()
    liveness_score = fields.Float()
    face_match_score = fields.Float()
    provider = fields.Str()
    outcome = fields.Str()
    checked_at = fields.DateTime()


class AccountSchema(BaseSchema):
    account_id = fields.UUID(dump_only=True)
    holder_id = fields.UUID()
    product_code = fields.Str()
    iban = fields.Str()
    sort_code = fields.Str()
    account_number = fields.Str()
    available_balance = fields.Decimal(as_string=True)
    overdraft_limit = fields.Decimal(as_string=True)
    credit_score_band = fields.Str()
    currency = fields.Str(load_default="GBP")
    frozen = fields.Bool()


class PaymentSchema(BaseSchema):
    payment_id = fields.UUID(dump_only=True)
    debtor_account_id = fields.UUID(required=True)
    creditor_name = fields.Str(required=True)
    creditor_iban = fields.Str(required=True)
    amount = fields.Decimal(as_string=True, required=True)
    currency = fields.Str(required=True)
    reference = fields.Str(validate=validate.Length(max=18))
    scheduled_for = fields.Date()
    scheme = fields.Str(validate=validate.OneOf(["FPS", "BACS", "SEPA"]))
    device_fingerprint = fields.Str(load_only=True)
    initiated_from_ip = fields.IP(load_only=True)


class FeeScheduleSchema(BaseSchema):
    product_code = fields.Str()
    monthly_fee = fields.Decimal(as_string=True)
    fx_markup_bps = fields.Int()
    atm_free_withdrawals = fields.Int()
    swift_bic = fields.Str()
    card_issuer_bin = fields.Str()
    minimum_age = fields.Int()
