"""peewee models of a marketplace matching home tutors with families."""

from __future__ import annotations

import datetime

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    SqliteDatabase,
    TextField,
)

database = SqliteDatabase(None, pragmas={"foreign_keys": 1})


class BaseModel(Model):
    class Meta:
        database = database


class Subject(BaseModel):
    name = CharField(unique=True)
    level = CharField(choices=[("ks2", "KS2"), ("gcse", "GCSE"), ("alevel", "A level")])
    min_hourly_rate = DecimalField(decimal_places=2, default=20)


class Tutor(BaseModel):
    display_name = CharField()
    email = CharField(unique=True)
    phone = CharField(null=True)
    password_hash = CharField()
    bio = TextField(default="")
    degree = CharField(null=True)
    university = CharField(null=True)
    dbs_checked = BooleanField(default=False)
    home_postcode = CharField()
    lat = FloatField(null=True)
    lon = FloatField(null=True)
    travel_radius_km = IntegerField(default=5)
    payout_iban = CharField(null=True)
    joined = DateTimeField(default=datetime.datetime.now)
    last_login = DateTimeField(null=True)


class Family(BaseModel):
    parent_name = CharField()
    email = CharField(unique=True)
    phone = CharField(null=True)
    address = TextField()
    stripe_customer_id = CharField(null=True)


class Pupil(BaseModel):
    family = ForeignKeyField(Family, backref="pupils")
    first_name = CharField()
    school_year = SmallIntegerField()
    send_needs = TextField(null=True)
    target_grade = CharField(null=True)


class Lesson(BaseModel):
    tutor = ForeignKeyField(Tutor, backref="lessons")
    pupil = ForeignKeyField(Pupil, backref="lessons")
    subject = ForeignKeyField(Subject)
    starts_at = DateTimeField()
    duration_minutes = SmallIntegerField(default=60)
    price = DecimalField(decimal_places=2)
    online = BooleanField(default=False)
    meeting_link = CharField(null=True)
    lesson_notes = TextField(default="")


class Review(BaseModel):
    lesson = ForeignKeyField(Lesson, unique=True)
    stars = SmallIntegerField()
    body = TextField()
    published = BooleanField(default=False)
