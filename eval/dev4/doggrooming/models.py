"""Dog grooming salon: owners, dogs, groomers and appointments (peewee)."""

from __future__ import annotations

import peewee

db = peewee.SqliteDatabase(None)


class BaseModel(peewee.Model):
    class Meta:
        database = db


class Owner(BaseModel):
    name = peewee.CharField()
    email = peewee.CharField(null=True)
    mobile = peewee.CharField()
    address = peewee.TextField()
    how_did_you_hear = peewee.CharField(null=True)
    reminder_texts = peewee.BooleanField(default=True)
    no_shows = peewee.IntegerField(default=0)


class Dog(BaseModel):
    owner = peewee.ForeignKeyField(Owner, backref="dogs")
    name = peewee.CharField()
    breed = peewee.CharField()
    sex = peewee.CharField(max_length=1)
    date_of_birth = peewee.DateField(null=True)
    weight_kg = peewee.DecimalField(null=True)
    allergies = peewee.TextField(null=True)
    medication = peewee.TextField(null=True)
    neutered = peewee.BooleanField(default=False)
    vet_practice = peewee.CharField(null=True)
    vet_phone = peewee.CharField(null=True)
    microchip_number = peewee.CharField(null=True)
    temperament_notes = peewee.TextField(null=True)


class Groomer(BaseModel):
    name = peewee.CharField()
    mobile = peewee.CharField()
    commission_rate = peewee.DecimalField()
    level = peewee.CharField()


class Service(BaseModel):
    name = peewee.CharField()
    price = peewee.DecimalField()
    minutes = peewee.IntegerField()
    size = peewee.CharField()


class Appointment(BaseModel):
    dog = peewee.ForeignKeyField(Dog)
    groomer = peewee.ForeignKeyField(Groomer)
    service = peewee.ForeignKeyField(Service)
    starts_at = peewee.DateTimeField()
    message_to_groomer = peewee.TextField(null=True)
    cancel_reason = peewee.CharField(choices=[("ill", "Dog unwell"), ("owner", "Owner cancelled")], null=True)
