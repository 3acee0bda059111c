import datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    SqliteDatabase,
    TextField,
)

db = SqliteDatabase(None, pragmas={"foreign_keys": 1})


class BaseModel(Model):
    class Meta:
        database = db


class Venue(BaseModel):
    name = CharField()
    landlord_name = CharField(null=True)
    phone = CharField(null=True)
    address = TextField()
    postcode = CharField(max_length=10)
    boards = SmallIntegerField(default=2)


class Team(BaseModel):
    name = CharField(unique=True)
    venue = ForeignKeyField(Venue, backref="teams")
    captain = DeferredForeignKey("Player", null=True)
    division = SmallIntegerField(default=1)
    kit_colour = CharField(null=True)


class Player(BaseModel):
    team = ForeignKeyField(Team, backref="players", null=True)
    registration_no = CharField(unique=True)
    first_name = CharField()
    surname = CharField()
    nickname = CharField(null=True)
    email = CharField(null=True)
    mobile = CharField(null=True)
    date_of_birth = DateField(null=True)
    subs_owed = DecimalField(max_digits=6, decimal_places=2, default=0)
    banned_until = DateField(null=True)
    photo_consent = BooleanField(default=False)
    registered_at = DateTimeField(default=datetime.datetime.now)


class Fixture(BaseModel):
    home_team = ForeignKeyField(Team, backref="home_fixtures")
    away_team = ForeignKeyField(Team, backref="away_fixtures")
    venue = ForeignKeyField(Venue)
    week = SmallIntegerField()
    scheduled_for = DateTimeField()
    postponed = BooleanField(default=False)
    result_confirmed = BooleanField(default=False)


class Leg(BaseModel):
    fixture = ForeignKeyField(Fixture, backref="legs")
    leg_no = SmallIntegerField()
    home_player = ForeignKeyField(Player, backref="home_legs")
    away_player = ForeignKeyField(Player, backref="away_legs")
    winner = ForeignKeyField(Player, null=True)
    darts_thrown = SmallIntegerField(null=True)
    checkout = SmallIntegerField(null=True)
    highest_score = SmallIntegerField(null=True)


class SubsPayment(BaseModel):
    player = ForeignKeyField(Player, backref="payments")
    amount = DecimalField(max_digits=6, decimal_places=2)
    method = CharField(default="cash")
    payer_email = CharField(null=True)
    paid_on = DateField(default=datetime.date.today)
    note = TextField(null=True)
