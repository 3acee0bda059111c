from peewee import (
    BooleanField,
    CharField,
    DateField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
)

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Handler(BaseModel):
    first_name = CharField(max_length=60)
    last_name = CharField(max_length=60)
    email = CharField(unique=True)
    phone = CharField(null=True)
    address_line1 = CharField()
    town = CharField()
    postcode = CharField(max_length=10)
    kc_membership_no = CharField(null=True)
    junior = BooleanField(default=False)
    grade = IntegerField(default=1)
    membership_paid = BooleanField(default=False)
    joined = DateField()


class Dog(BaseModel):
    owner = ForeignKeyField(Handler, backref="dogs")
    registered_name = CharField()
    call_name = CharField()
    breed = CharField()
    gender = CharField(choices=[("d", "Dog"), ("b", "Bitch")])
    date_of_birth = DateField(null=True)
    height_category = CharField(default="large")
    microchip_no = CharField(null=True)


class Show(BaseModel):
    name = CharField()
    venue = CharField()
    venue_postcode = CharField()
    date = DateField()
    judge_name = CharField()
    entry_fee = DecimalField(decimal_places=2)
    closing_date = DateField()


class Entry(BaseModel):
    show = ForeignKeyField(Show, backref="entries")
    dog = ForeignKeyField(Dog, backref="entries")
    handler = ForeignKeyField(Handler, backref="entries")
    ring_class = CharField()
    running_order = IntegerField(null=True)
    time_seconds = FloatField(null=True)
    faults = IntegerField(default=0)
    eliminated = BooleanField(default=False)
    paid_via = CharField(default="card")
