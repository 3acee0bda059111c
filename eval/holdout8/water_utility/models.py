import datetime

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from .enums import PaymentMethod

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy


class Premises(BaseModel):
    spid = CharField(max_length=13, unique=True)
    address_line1 = CharField()
    address_line2 = CharField(null=True)
    town = CharField()
    postcode = CharField(max_length=8, index=True)
    property_type = CharField(default="house")
    rateable_value = DecimalField(max_digits=8, decimal_places=2, null=True)
    stopcock_location = CharField(null=True)


class Customer(BaseModel):
    id = AutoField()
    account_number = CharField(max_length=10, unique=True)
    title = CharField(null=True)
    first_name = CharField()
    surname = CharField()
    email = CharField(null=True)
    phone = CharField(null=True)
    date_of_birth = DateField(null=True)
    supply_address = ForeignKeyField(Premises, backref="customers")
    correspondence_address = TextField(null=True)
    payment_method = CharField(default=PaymentMethod.DIRECT_DEBIT.value)
    dd_sort_code = CharField(max_length=6, null=True)
    dd_account_number = CharField(max_length=8, null=True)
    balance = DecimalField(max_digits=9, decimal_places=2, default=0)
    social_tariff = BooleanField(default=False)
    priority_needs = CharField(null=True)
    password_hash = CharField(null=True)
    paperless = BooleanField(default=True)
    marketing_consent = BooleanField(default=False)
    moved_in = DateField()


class Meter(BaseModel):
    serial_number = CharField(unique=True)
    customer = ForeignKeyField(Customer, backref="meters", null=True)
    manufacturer = CharField()
    size_mm = IntegerField(default=15)
    is_smart = BooleanField(default=False)
    installed_on = DateField()


class MeterReading(BaseModel):
    meter = ForeignKeyField(Meter, backref="readings")
    read_at = DateTimeField(default=datetime.datetime.now)
    register_m3 = DecimalField(max_digits=10, decimal_places=3)
    source = CharField(max_length=1)
    night_flow_lph = FloatField(null=True)


class Bill(BaseModel):
    customer = ForeignKeyField(Customer, backref="bills")
    period_start = DateField()
    period_end = DateField()
    amount_due = DecimalField(max_digits=9, decimal_places=2)
    due_date = DateField()
    paid = BooleanField(default=False)


class LeakReport(BaseModel):
    reporter_name = CharField(null=True)
    reporter_phone = CharField(null=True)
    description = TextField()
    latitude = FloatField()
    longitude = FloatField()
    severity = IntegerField(default=2)
    reported_at = DateTimeField(default=datetime.datetime.now)
    job_reference = CharField(null=True)
