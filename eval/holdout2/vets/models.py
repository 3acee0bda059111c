"""Small-animal veterinary practice, on peewee."""

from __future__ import annotations

import datetime

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
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


class Client(BaseModel):
    """The pet's owner: the practice's customer."""

    id = AutoField()
    first_name = CharField(max_length=60)
    last_name = CharField(max_length=60)
    email = CharField(null=True, index=True)
    mobile_phone = CharField(max_length=20, null=True)
    address_1 = CharField()
    address_2 = CharField(null=True)
    town = CharField()
    postcode = CharField(max_length=10)
    account_balance = DecimalField(decimal_places=2, default=0)
    practice_offers = BooleanField(default=False)
    created = DateTimeField(default=datetime.datetime.now)


class Pet(BaseModel):
    id = AutoField()
    owner = ForeignKeyField(Client, backref="pets")
    name = CharField(max_length=40)
    species = CharField(max_length=20)
    breed = CharField(max_length=60, null=True)
    sex = CharField(max_length=2)
    neutered = BooleanField(default=False)
    date_of_birth = DateField(null=True)
    microchip_number = CharField(max_length=15, null=True, unique=True)
    weight_kg = FloatField(null=True)
    allergies = TextField(null=True)
    insured_with = CharField(null=True)
    insurance_policy_no = CharField(null=True)
    deceased = BooleanField(default=False)
    photo = CharField(null=True)


class Vet(BaseModel):
    id = AutoField()
    name = CharField()
    rcvs_number = CharField(max_length=10)
    email = CharField()
    is_locum = BooleanField(default=False)
    day_rate = DecimalField(decimal_places=2, null=True)


class Appointment(BaseModel):
    id = AutoField()
    pet = ForeignKeyField(Pet, backref="appointments")
    vet = ForeignKeyField(Vet, null=True)
    starts_at = DateTimeField()
    slot_minutes = IntegerField(default=15)
    presenting_complaint = TextField(null=True)
    clinical_notes = TextField(null=True)
    temperature_c = FloatField(null=True)
    heart_rate_bpm = IntegerField(null=True)


class Prescription(BaseModel):
    id = AutoField()
    appointment = ForeignKeyField(Appointment)
    drug = CharField()
    dose_mg = FloatField()
    frequency = CharField()
    repeats = IntegerField(default=0)
    controlled_drug = BooleanField(default=False)


class Invoice(BaseModel):
    id = AutoField()
    client = ForeignKeyField(Client, backref="invoices")
    number = CharField(unique=True)
    total = DecimalField(decimal_places=2)
    vat = DecimalField(decimal_places=2)
    paid = BooleanField(default=False)
    issued_on = DateField(default=datetime.date.today)


class Product(BaseModel):
    sku = CharField(primary_key=True)
    description = CharField()
    unit_price = DecimalField(decimal_places=2)
    stock_level = IntegerField(default=0)
    prescription_only = BooleanField(default=False)
