import datetime

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
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


class Customer(BaseModel):
    name = CharField(max_length=120)
    phone = CharField(max_length=20, index=True)
    email = CharField(max_length=254, null=True)
    postcode = CharField(max_length=10, null=True)
    sms_updates = BooleanField(default=True)
    offers_opt_in = BooleanField(default=False)
    created = DateTimeField(default=datetime.datetime.now)


class Technician(BaseModel):
    name = CharField(max_length=80)
    staff_pin = CharField(max_length=6)
    pay_rate = DecimalField(max_digits=6, decimal_places=2)
    bench = IntegerField(null=True)
    active = BooleanField(default=True)


class Device(BaseModel):
    owner = ForeignKeyField(Customer, backref="devices")
    make = CharField(max_length=40)
    model = CharField(max_length=60)
    imei = CharField(max_length=15, null=True)
    serial_number = CharField(max_length=30, null=True)
    colour = CharField(max_length=30, null=True)
    storage_gb = IntegerField(null=True)
    passcode = CharField(max_length=20, null=True, help_text="Only if the customer chose to leave it")
    activation_locked = BooleanField(default=False)


class RepairJob(BaseModel):
    device = ForeignKeyField(Device, backref="jobs")
    ticket_number = CharField(max_length=12, unique=True)
    fault = TextField()
    fault_category = CharField(max_length=20)
    status = CharField(max_length=20, default="booked_in")
    technician = ForeignKeyField(Technician, null=True, backref="jobs")
    quoted_price = DecimalField(max_digits=7, decimal_places=2, null=True)
    deposit = DecimalField(max_digits=7, decimal_places=2, default=0)
    booked_in_at = DateTimeField(default=datetime.datetime.now)
    collected_at = DateTimeField(null=True)
    customer_notes = TextField(default="")
    data_wipe_consent = BooleanField(default=False)
    age_days = IntegerField(default=0)


class Part(BaseModel):
    sku = CharField(max_length=30, unique=True)
    name = CharField(max_length=120)
    compatible_models = TextField(default="")
    cost_price = DecimalField(max_digits=7, decimal_places=2)
    stock_qty = IntegerField(default=0)
    supplier_email = CharField(max_length=254, null=True)
