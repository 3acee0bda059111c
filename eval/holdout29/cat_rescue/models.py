import datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Fosterer(BaseModel):
    name = CharField()
    email = CharField(unique=True)
    phone = CharField()
    address = TextField()
    postcode = CharField(max_length=8, index=True)
    has_other_cats = BooleanField(default=False)
    has_children_under_5 = BooleanField(default=False)
    home_check_passed = BooleanField(default=False)
    max_cats = IntegerField(default=2)
    active = BooleanField(default=True)
    joined = DateField(default=datetime.date.today)


class Cat(BaseModel):
    SEX_CHOICES = (("f", "Female"), ("m", "Male"), ("u", "Unknown"))

    name = CharField()
    microchip = CharField(null=True, unique=True)
    sex = CharField(max_length=1, choices=SEX_CHOICES)
    estimated_age_months = IntegerField(null=True)
    colour = CharField(null=True)
    fiv_positive = BooleanField(default=False)
    neutered = BooleanField(default=False)
    intake_date = DateField()
    status = CharField(default="assessment")
    current_fosterer = ForeignKeyField(Fosterer, null=True, backref="cats")
    surrendered_by = CharField(null=True)


class FosterPlacement(BaseModel):
    cat = ForeignKeyField(Cat, backref="placements")
    fosterer = ForeignKeyField(Fosterer, backref="placements")
    started = DateField()
    ended = DateField(null=True)
    food_allowance = DecimalField(max_digits=6, decimal_places=2, default=0)
    notes = TextField(default="")


class VetVisit(BaseModel):
    cat = ForeignKeyField(Cat, backref="vet_visits")
    visited_on = DateField()
    practice = CharField()
    treatment = CharField()
    cost = DecimalField(max_digits=7, decimal_places=2)
    paid_by_fosterer = BooleanField(default=False)
