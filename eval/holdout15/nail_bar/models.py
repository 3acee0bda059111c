import datetime

from peewee import (
    AutoField,
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

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Branch(BaseModel):
    id = AutoField()
    name = CharField(max_length=80)
    street = CharField(max_length=120)
    postcode = CharField(max_length=10)
    phone = CharField(max_length=20)
    opening_hours = CharField(max_length=200)
    instagram_handle = CharField(max_length=40, null=True)


class Technician(BaseModel):
    id = AutoField()
    branch = ForeignKeyField(Branch, backref="technicians")
    display_name = CharField(max_length=60)
    instagram_handle = CharField(max_length=40, null=True)
    commission_rate = DecimalField(max_digits=4, decimal_places=2, default=0.10)
    nvq_level = IntegerField(null=True)
    started_on = DateField()
    is_active = BooleanField(default=True)


class Client(BaseModel):
    id = AutoField()
    first_name = CharField(max_length=60)
    last_name = CharField(max_length=60)
    mobile = CharField(max_length=20, index=True)
    email = CharField(max_length=254, null=True)
    birthday = DateField(null=True)
    allergies = TextField(default="")
    patch_test_passed = BooleanField(null=True)
    marketing_sms = BooleanField(default=False)
    no_show_count = IntegerField(default=0)
    deposit_required = BooleanField(default=False)
    created = DateTimeField(default=datetime.datetime.now)


class Appointment(BaseModel):
    id = AutoField()
    client = ForeignKeyField(Client, backref="appointments")
    technician = ForeignKeyField(Technician, backref="appointments", null=True)
    branch = ForeignKeyField(Branch)
    starts_at = DateTimeField()
    service = CharField(max_length=60)
    price = DecimalField(max_digits=6, decimal_places=2)
    deposit_paid = BooleanField(default=False)
    status = CharField(max_length=12, default="booked")
    notes = TextField(default="")
    colour_code = CharField(max_length=20, null=True)


class GiftVoucher(BaseModel):
    code = CharField(max_length=12, unique=True)
    purchased_by = ForeignKeyField(Client, null=True, backref="vouchers_bought")
    recipient_name = CharField(max_length=120)
    recipient_email = CharField(max_length=254, null=True)
    message = TextField(default="")
    value = DecimalField(max_digits=6, decimal_places=2)
    balance = DecimalField(max_digits=6, decimal_places=2)
    expires_on = DateField()
