import datetime

from peewee import (
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

db = SqliteDatabase("fridge.db")


class BaseModel(Model):
    class Meta:
        database = db


class Fridge(BaseModel):
    name = CharField()
    host_venue = CharField()
    address = TextField()
    postcode = CharField(max_length=8)
    lat = FloatField()
    lng = FloatField()
    sensor_id = CharField(null=True)
    opening_hours = CharField(default="09:00-17:00")


class Volunteer(BaseModel):
    name = CharField()
    email = CharField(unique=True)
    phone = CharField(null=True)
    food_hygiene_level2 = BooleanField(default=False)
    home_fridge = ForeignKeyField(Fridge, null=True, backref="regulars")
    is_active = BooleanField(default=True)
    joined = DateField(default=datetime.date.today)


class Donor(BaseModel):
    business_name = CharField()
    business_address = TextField()
    contact_name = CharField()
    contact_email = CharField()
    contact_phone = CharField(null=True)
    collection_day = CharField(default="Mon")


class Collection(BaseModel):
    donor = ForeignKeyField(Donor, backref="collections")
    volunteer = ForeignKeyField(Volunteer, backref="collections")
    fridge = ForeignKeyField(Fridge)
    collected_at = DateTimeField(default=datetime.datetime.now)
    weight_kg = DecimalField(max_digits=6, decimal_places=2)
    notes = TextField(null=True)


class FridgeCheck(BaseModel):
    fridge = ForeignKeyField(Fridge, backref="checks")
    checked_by = ForeignKeyField(Volunteer)
    checked_at = DateTimeField(default=datetime.datetime.now)
    temperature_c = FloatField()
    items_discarded = IntegerField(default=0)
    cleaned = BooleanField(default=False)


class ParcelReferral(BaseModel):
    referrer_org = CharField()
    household_name = CharField()
    address = TextField()
    phone = CharField(null=True)
    adults = IntegerField(default=1)
    children = IntegerField(default=0)
    allergies = CharField(null=True)
    circumstances = TextField(null=True)
    delivered = BooleanField(default=False)
