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
    PostgresqlDatabase,
    TextField,
)

database = PostgresqlDatabase(None)


class BaseModel(Model):
    class Meta:
        database = database


class Course(BaseModel):
    id = AutoField()
    name = CharField(max_length=80)
    par = IntegerField()
    course_rating = DecimalField(max_digits=4, decimal_places=1)
    slope_rating = IntegerField()
    postcode = CharField(max_length=10)
    head_greenkeeper = CharField(max_length=120)


class Member(BaseModel):
    id = AutoField()
    cdh_number = CharField(max_length=12, unique=True)
    first_name = CharField(max_length=60)
    surname = CharField(max_length=60)
    gender = CharField(max_length=1)
    date_of_birth = DateField(null=True)
    email = CharField(max_length=254)
    mobile = CharField(max_length=20, null=True)
    category = CharField(max_length=20, default="full")
    handicap_index = DecimalField(max_digits=3, decimal_places=1, null=True)
    locker_number = IntegerField(null=True)
    subscription_paid = BooleanField(default=False)
    bar_card_balance = DecimalField(max_digits=7, decimal_places=2, default=0)
    joined_on = DateField(default=datetime.date.today)


class Scorecard(BaseModel):
    id = AutoField()
    member = ForeignKeyField(Member, backref="scorecards")
    course = ForeignKeyField(Course)
    played_on = DateField()
    tee = CharField(max_length=10)
    gross_score = IntegerField()
    marker = ForeignKeyField(Member, null=True, backref="marked")
    general_play = BooleanField(default=True)


class TeeTime(BaseModel):
    starts_at = DateTimeField(index=True)
    course = ForeignKeyField(Course)
    booked_by = ForeignKeyField(Member, backref="tee_times")
    guest_names = TextField(default="")
    buggy = BooleanField(default=False)
    buggy_medical_cert = BooleanField(default=False)
