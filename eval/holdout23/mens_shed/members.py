from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from .db import BaseModel


class Shedder(BaseModel):
    name = CharField()
    known_as = CharField(null=True)
    address = TextField(null=True)
    postcode = CharField(max_length=8, null=True)
    phone = CharField(null=True)
    email = CharField(null=True)
    year_of_birth = IntegerField(null=True)
    photo = BlobField(null=True)
    next_of_kin = CharField(null=True)
    next_of_kin_phone = CharField(null=True)
    trade = CharField(null=True)
    retired = BooleanField(default=True)
    referred_by_social_prescriber = BooleanField(default=False)
    hearing_loop_needed = BooleanField(default=False)
    inducted_on = DateField(null=True)
    key_holder = BooleanField(default=False)
    subs_balance = DecimalField(max_digits=6, decimal_places=2, default=0)


class Attendance(BaseModel):
    shedder = ForeignKeyField(Shedder, backref="attendances")
    signed_in_at = DateTimeField()
    signed_out_at = DateTimeField(null=True)
    project = CharField(null=True)


class WellbeingCheck(BaseModel):
    shedder = ForeignKeyField(Shedder, backref="wellbeing_checks")
    checked_on = DateField()
    score = IntegerField()
    lonely_often = BooleanField(default=False)
    comments = TextField(null=True)


class Donation(BaseModel):
    donor_name = CharField(null=True)
    donor_address = TextField(null=True)
    item = CharField()
    value_estimate = DecimalField(max_digits=8, decimal_places=2, null=True)
    received_on = DateField()
    gift_aid = BooleanField(default=False)
