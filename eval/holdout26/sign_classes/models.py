"""Enrolments for British Sign Language evening classes."""
import datetime

from peewee import (
    BooleanField, CharField, DateField, DateTimeField, DecimalField,
    ForeignKeyField, IntegerField, Model, SqliteDatabase, TextField,
)

from .choices import ContactMethod, HearingStatus

db = SqliteDatabase("bsl_classes.db", pragmas={"foreign_keys": 1})


class BaseModel(Model):
    class Meta:
        database = db


class Learner(BaseModel):
    first_name = CharField(max_length=60)
    last_name = CharField(max_length=60)
    email = CharField(unique=True)
    phone = CharField(null=True)
    postcode = CharField(max_length=10, null=True)
    age_band = CharField(max_length=8, null=True)
    hearing_status = CharField(choices=[(h.value, h.name) for h in HearingStatus], default="not_said")
    access_needs = TextField(null=True)
    reason_for_learning = TextField(null=True)
    contact_method = CharField(default=ContactMethod.EMAIL.value)
    marketing_ok = BooleanField(default=False)
    created = DateTimeField(default=datetime.datetime.now)


class Tutor(BaseModel):
    name = CharField()
    email = CharField()
    deaf_tutor = BooleanField(default=True)
    nrcpd_number = CharField(null=True)
    hourly_rate = DecimalField(max_digits=6, decimal_places=2)
    bank_sort_code = CharField(max_length=8, null=True)
    bank_account_number = CharField(max_length=8, null=True)


class Course(BaseModel):
    code = CharField(unique=True)
    title = CharField()
    level = IntegerField()
    venue = CharField()
    online = BooleanField(default=False)
    start_date = DateField()
    weeks = IntegerField(default=10)
    fee = DecimalField(max_digits=7, decimal_places=2)
    capacity = IntegerField(default=14)
    tutor = ForeignKeyField(Tutor, backref="courses", null=True)


class Enrolment(BaseModel):
    learner = ForeignKeyField(Learner, backref="enrolments")
    course = ForeignKeyField(Course, backref="enrolments")
    enrolled_on = DateTimeField(default=datetime.datetime.now)
    amount_paid = DecimalField(max_digits=7, decimal_places=2, default=0)
    payment_ref = CharField(null=True)
    attendance_pct = IntegerField(null=True)
    exam_result = CharField(null=True)
    status = CharField(default="confirmed")
    withdrawal_reason = TextField(null=True)


class WaitingListEntry(BaseModel):
    learner = ForeignKeyField(Learner)
    course = ForeignKeyField(Course)
    position = IntegerField()
