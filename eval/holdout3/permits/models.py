"""Residents' parking permits of a borough council (peewee)."""

from __future__ import annotations

import datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

database = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = database


class Zone(BaseModel):
    code = CharField(max_length=4, unique=True)
    description = CharField()
    hours = CharField(default="Mon-Sat 08:30-18:30")
    annual_price = DecimalField(decimal_places=2)
    visitor_vouchers_per_year = IntegerField(default=50)
    waiting_list = BooleanField(default=False)


class Resident(BaseModel):
    forename = CharField()
    surname = CharField()
    email = CharField()
    contact_number = CharField(null=True)
    flat = CharField(null=True)
    address_1 = CharField()
    postcode = CharField()
    zone = ForeignKeyField(Zone, backref="residents")
    blue_badge_holder = BooleanField(default=False)
    proof_of_residency_checked = BooleanField(default=False)
    low_income_discount = BooleanField(default=False)
    locked = BooleanField(default=False)
    last_signed_in = DateTimeField(null=True)
    joined = DateTimeField(default=datetime.datetime.now)


class Vehicle(BaseModel):
    owner = ForeignKeyField(Resident, backref="vehicles")
    registration_mark = CharField(max_length=8)
    make = CharField()
    colour = CharField(null=True)
    co2_gkm = IntegerField(null=True)
    electric = BooleanField(default=False)


class Permit(BaseModel):
    permit_no = CharField(unique=True)
    vehicle = ForeignKeyField(Vehicle)
    zone = ForeignKeyField(Zone)
    starts = DateField()
    expires = DateField()
    price_paid = DecimalField(decimal_places=2)
    kind = CharField(default="resident")
    virtual = BooleanField(default=True)
    cancelled = BooleanField(default=False)


class PenaltyCharge(BaseModel):
    pcn = CharField(unique=True)
    vrm = CharField(max_length=8)
    contravention_code = CharField(max_length=3)
    issued_at = DateTimeField()
    officer = CharField()
    amount = DecimalField(decimal_places=2)
    challenge_text = TextField(null=True)
    paid = BooleanField(default=False)


class AuditEntry(BaseModel):
    actor = ForeignKeyField(Resident, null=True)
    action = CharField()
    table = CharField()
    row_id = IntegerField()
    ip = CharField(null=True)
    at = DateTimeField(default=datetime.datetime.now)
