from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from .models import BaseModel, Club, Member


class Session(BaseModel):
    club = ForeignKeyField(Club, backref="sessions")
    starts_at = DateTimeField()
    discipline = CharField(default="judo")
    mat_space = IntegerField(default=20)
    juniors_only = BooleanField(default=False)


class Attendance(BaseModel):
    session = ForeignKeyField(Session, backref="attendance")
    member = ForeignKeyField(Member, backref="attendance")
    checked_in_at = DateTimeField()
    mat_fee_paid = BooleanField(default=False)
