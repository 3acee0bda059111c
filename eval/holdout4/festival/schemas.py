"""marshmallow schemas for the volunteer rota API of a music festival."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, fields, validate


class ShiftSchema(Schema):
    id = fields.Int(dump_only=True)
    area = fields.Str(
        required=True, validate=validate.OneOf(["gate", "bars", "litter", "stewards"])
    )
    starts = fields.DateTime(required=True)
    ends = fields.DateTime(required=True)
    crew_lead_id = fields.Int(allow_none=True)
    max_volunteers = fields.Int(load_default=10)
    radio_channel = fields.Str(load_default="3")


class VolunteerSchema(Schema):
    class Meta:
        unknown = EXCLUDE
        ordered = True

    id = fields.Int(dump_only=True)
    first = fields.Str(required=True, data_key="firstName")
    last = fields.Str(required=True, data_key="lastName")
    email = fields.Email(required=True)
    phone = fields.Str()
    dob = fields.Date(data_key="dateOfBirth")
    allergies = fields.Str(allow_none=True)
    emergency_contact_name = fields.Str()
    emergency_contact_phone = fields.Str()
    dbs_certificate_no = fields.Str(allow_none=True)
    shifts = fields.List(fields.Nested(ShiftSchema), dump_only=True)
    camping_pitch = fields.Str(allow_none=True)


class StageSchema(Schema):
    name = fields.Str(required=True)
    capacity = fields.Int()
    stage_manager = fields.Str()
    power_kva = fields.Float()
    gps = fields.Tuple((fields.Float(), fields.Float()))


class ArtistSchema(Schema):
    act_name = fields.Str(required=True)
    agency_email = fields.Email()
    rider_notes = fields.Str()
    fee = fields.Decimal(as_string=True)
    set_length_minutes = fields.Int(load_default=45)
