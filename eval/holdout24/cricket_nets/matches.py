from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from .models import BaseModel, Member


class Fixture(BaseModel):
    opponent = CharField()
    ground = CharField()
    ground_postcode = CharField()
    starts_at = DateTimeField()
    team = CharField()
    result = CharField(null=True)


class Selection(BaseModel):
    fixture = ForeignKeyField(Fixture, backref="selections")
    player = ForeignKeyField(Member, backref="selections")
    batting_position = IntegerField(null=True)
    is_captain = BooleanField(default=False)
    availability = CharField(default="unknown")
    unavailable_reason = TextField(null=True)
