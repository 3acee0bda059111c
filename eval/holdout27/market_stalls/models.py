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

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Trader(BaseModel):
    trading_name = CharField(max_length=120)
    licence_holder = CharField(max_length=120)
    home_address = TextField()
    postcode = CharField(max_length=10)
    phone = CharField(max_length=30)
    email = CharField(max_length=254, null=True)
    date_of_birth = DateField()
    national_insurance_no = CharField(max_length=9, null=True)
    right_to_work_checked = BooleanField(default=False)
    photo = CharField(null=True)
    vat_number = CharField(max_length=12, null=True)
    blacklisted = BooleanField(default=False)


class Pitch(BaseModel):
    market = CharField(max_length=60)
    number = IntegerField()
    width_m = FloatField(default=3.0)
    has_power = BooleanField(default=False)
    lat = FloatField(null=True)
    lng = FloatField(null=True)
    daily_rate = DecimalField(max_digits=6, decimal_places=2)

    class Meta:
        indexes = ((("market", "number"), True),)


class Licence(BaseModel):
    trader = ForeignKeyField(Trader, backref="licences")
    licence_no = CharField(max_length=20, unique=True)
    pitch = ForeignKeyField(Pitch, backref="licences", null=True)
    commodity = CharField(max_length=80)
    starts_on = DateField()
    expires_on = DateField()
    fee_paid = DecimalField(max_digits=8, decimal_places=2, default=0)
    status = CharField(max_length=12, default="granted")


class Assistant(BaseModel):
    licence = ForeignKeyField(Licence, backref="assistants")
    name = CharField(max_length=120)
    date_of_birth = DateField(null=True)
    relationship = CharField(max_length=40, null=True)


class Inspection(BaseModel):
    pitch = ForeignKeyField(Pitch, backref="inspections")
    licence = ForeignKeyField(Licence, backref="inspections", null=True)
    officer = CharField(max_length=120)
    inspected_at = DateTimeField(default=datetime.datetime.now)
    hygiene_rating = IntegerField(null=True)
    findings = TextField(default="")


class Payment(BaseModel):
    trader = ForeignKeyField(Trader, backref="payments")
    amount = DecimalField(max_digits=8, decimal_places=2)
    paid_at = DateTimeField(default=datetime.datetime.now)
    method = CharField(max_length=12)
    card_last4 = CharField(max_length=4, null=True)
    reference = CharField(max_length=40)
