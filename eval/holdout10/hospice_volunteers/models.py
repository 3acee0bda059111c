import datetime

from peewee import (
    BooleanField, CharField, DateField, DateTimeField, DecimalField, ForeignKeyField,
    Model, SqliteDatabase, TextField,
)

db = SqliteDatabase("volunteers.db", pragmas={"foreign_keys": 1})


class BaseModel(Model):
    class Meta:
        database = db


class Volunteer(BaseModel):
    first_name = CharField()
    last_name = CharField()
    preferred_name = CharField(null=True)
    email = CharField(unique=True)
    mobile = CharField()
    address = TextField()
    postcode = CharField(max_length=8)
    date_of_birth = DateField()
    dbs_certificate_number = CharField(null=True)
    dbs_issued_on = DateField(null=True)
    emergency_contact_name = CharField()
    emergency_contact_phone = CharField()
    driver = BooleanField(default=False)
    active = BooleanField(default=True)
    joined_on = DateField(default=datetime.date.today)


class Role(BaseModel):
    name = CharField(unique=True)
    location = CharField()
    requires_dbs = BooleanField(default=True)


class Shift(BaseModel):
    role = ForeignKeyField(Role, backref="shifts")
    volunteer = ForeignKeyField(Volunteer, backref="shifts", null=True)
    starts_at = DateTimeField()
    ends_at = DateTimeField()
    hours_logged = DecimalField(max_digits=4, decimal_places=2, null=True)
    mileage_claimed = DecimalField(max_digits=6, decimal_places=1, default=0)


class Patient(BaseModel):
    nhs_number = CharField(max_length=10, unique=True)
    name = CharField()
    home_address = TextField()
    diagnosis = CharField()
    dnacpr_in_place = BooleanField(default=False)
    interests = TextField(null=True)
    key_safe_code = CharField(null=True)
    gp_practice = CharField()
    visiting_notes = TextField(null=True)


class Befriending(BaseModel):
    volunteer = ForeignKeyField(Volunteer, backref="matches")
    patient = ForeignKeyField(Patient, backref="befrienders")
    started_on = DateField()
    visit_day = CharField()
    ended_on = DateField(null=True)


class Expense(BaseModel):
    volunteer = ForeignKeyField(Volunteer, backref="expenses")
    category = CharField()
    amount = DecimalField(max_digits=7, decimal_places=2)
    receipt_image = CharField(null=True)
    bank_sort_code = CharField(max_length=8)
    bank_account_number = CharField(max_length=8)
    paid = BooleanField(default=False)
