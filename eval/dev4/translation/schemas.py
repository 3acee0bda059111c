"""Translation agency: clients, linguists, jobs and invoices (marshmallow)."""

from __future__ import annotations

from marshmallow import Schema, fields


class ClientCompanySchema(Schema):
    company_name = fields.Str(required=True)
    vat_number = fields.Str()
    billing_email = fields.Email()
    billing_address = fields.Str()
    phone = fields.Str()
    accounts_contact_name = fields.Str()
    accounts_contact_email = fields.Email()
    payment_terms_days = fields.Int()


class LinguistSchema(Schema):
    linguist_id = fields.Str(dump_only=True)
    full_name = fields.Str(required=True)
    email = fields.Email(required=True)
    mobile = fields.Str()
    native_language = fields.Str()
    working_languages = fields.List(fields.Str())
    qualification = fields.Str()
    ciol_membership_number = fields.Str()
    per_word_rate = fields.Decimal()
    sort_code = fields.Str()
    account_number = fields.Str()
    utr = fields.Str()
    available_from = fields.Date()
    nda_signed = fields.Bool()


class LanguagePairSchema(Schema):
    source = fields.Str()
    target = fields.Str()
    rate_per_word = fields.Decimal()
    minimum_charge = fields.Decimal()


class JobSchema(Schema):
    reference = fields.Str()
    client = fields.Nested(ClientCompanySchema)
    linguist = fields.Nested(LinguistSchema)
    proofreader_id = fields.Str(allow_none=True)
    source_language = fields.Str()
    target_language = fields.Str()
    word_count = fields.Int()
    subject_area = fields.Str()
    due_at = fields.DateTime()
    note_to_linguist = fields.Str()


class InterpreterBookingSchema(Schema):
    venue_name = fields.Str()
    venue_address = fields.Str()
    venue_postcode = fields.Str()
    on_site_contact_person = fields.Str()
    on_site_contact_phone = fields.Str()
    service_user_name = fields.Str()
    service_user_gender_preference = fields.Str()
    requires_hearing_loop = fields.Bool()
    interpreter_id = fields.Str()


class InvoiceSchema(Schema):
    number = fields.Str()
    net = fields.Decimal()
    vat = fields.Decimal()
    gross = fields.Decimal()
    issued_on = fields.Date()
    email_subject = fields.Str()
