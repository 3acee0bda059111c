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

from .enums import OrderStatus

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Practice(BaseModel):
    name = CharField()
    address = TextField()
    phone = CharField(max_length=20)
    account_code = CharField(unique=True)
    credit_limit = DecimalField(max_digits=10, decimal_places=2, default=0)


class Dentist(BaseModel):
    practice = ForeignKeyField(Practice, backref="dentists")
    name = CharField()
    gdc_number = CharField(unique=True)
    email = CharField()


class Patient(BaseModel):
    practice = ForeignKeyField(Practice, backref="patients")
    reference = CharField()
    initials = CharField(max_length=4)
    age = IntegerField(null=True)
    sex = CharField(max_length=1, null=True)

    class Meta:
        indexes = ((("practice", "reference"), True),)


class Order(BaseModel):
    docket_number = CharField(unique=True)
    practice = ForeignKeyField(Practice, backref="orders")
    dentist = ForeignKeyField(Dentist, backref="orders")
    patient = ForeignKeyField(Patient, backref="orders")
    appliance = CharField()
    tooth_numbers = CharField()
    shade = CharField(max_length=8)
    material = CharField()
    instructions = TextField(default="")
    impression_scan = CharField(null=True)
    received_on = DateField()
    due_on = DateField()
    status = IntegerField(default=OrderStatus.RECEIVED)
    price = DecimalField(max_digits=8, decimal_places=2)
    rush = BooleanField(default=False)


class Technician(BaseModel):
    name = CharField()
    department = CharField()
    hourly_rate = DecimalField(max_digits=6, decimal_places=2)
    login_pin = CharField(max_length=6)


class WorkLog(BaseModel):
    order = ForeignKeyField(Order, backref="work")
    technician = ForeignKeyField(Technician, backref="work")
    stage = CharField()
    started_at = DateTimeField()
    finished_at = DateTimeField(null=True)
