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

db = SqliteDatabase("rounds.db")


class BaseModel(Model):
    class Meta:
        database = db


class Cleaner(BaseModel):
    name = CharField(max_length=100)
    mobile = CharField(max_length=20)
    ni_number = CharField(max_length=9)
    hourly_rate = DecimalField(max_digits=6, decimal_places=2)
    van_registration = CharField(max_length=8, null=True)
    has_ladder_training = BooleanField(default=False)
    active = BooleanField(default=True)


class Round(BaseModel):
    name = CharField(max_length=60)
    day_of_week = IntegerField()
    area = CharField(max_length=60)
    cleaner = ForeignKeyField(Cleaner, backref="rounds", null=True)
    frequency_weeks = IntegerField(default=4)


class Customer(BaseModel):
    round = ForeignKeyField(Round, backref="customers")
    position = IntegerField()
    name = CharField(max_length=120)
    house = CharField(max_length=60)
    street = CharField(max_length=100)
    postcode = CharField(max_length=8)
    phone = CharField(max_length=20, null=True)
    email = CharField(max_length=254, null=True)
    price = DecimalField(max_digits=6, decimal_places=2)
    includes_conservatory = BooleanField(default=False)
    access_notes = TextField(null=True)
    key_safe_code = CharField(max_length=10, null=True)
    balance_owed = DecimalField(max_digits=8, decimal_places=2, default=0)
    gocardless_mandate = CharField(max_length=40, null=True)
    started_on = DateField(default=datetime.date.today)


class Visit(BaseModel):
    customer = ForeignKeyField(Customer, backref="visits")
    cleaner = ForeignKeyField(Cleaner, backref="visits")
    due_on = DateField()
    done_at = DateTimeField(null=True)
    skipped_reason = CharField(max_length=200, null=True)
    charged = DecimalField(max_digits=6, decimal_places=2)


class Payment(BaseModel):
    customer = ForeignKeyField(Customer, backref="payments")
    amount = DecimalField(max_digits=8, decimal_places=2)
    method = CharField(max_length=12)
    reference = CharField(max_length=40, null=True)
    received_at = DateTimeField(default=datetime.datetime.now)
