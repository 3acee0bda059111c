"""Ten-pin league night: centres, leagues, teams, bowlers and weekly scores."""
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

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Centre(BaseModel):
    name = CharField()
    address = TextField()
    phone = CharField()
    lanes = SmallIntegerField()
    manager_name = CharField(null=True)
    oil_pattern = CharField(default="house")


class League(BaseModel):
    centre = ForeignKeyField(Centre, backref="leagues")
    name = CharField()
    night = CharField()
    season_start = DateField()
    weeks = SmallIntegerField(default=30)
    handicap_base = IntegerField(default=220)
    handicap_pct = IntegerField(default=90)
    secretary = DeferredForeignKey("Bowler", null=True)


class Team(BaseModel):
    league = ForeignKeyField(League, backref="teams")
    name = CharField()
    sponsor = CharField(null=True)
    captain = DeferredForeignKey("Bowler", null=True)


class Bowler(BaseModel):
    GENDERS = (("M", "Male"), ("F", "Female"), ("X", "Open"))

    first_name = CharField()
    last_name = CharField()
    nickname = CharField(null=True)
    email = CharField(null=True)
    phone = CharField(null=True)
    date_of_birth = DateField(null=True)
    gender = CharField(choices=GENDERS, max_length=1)
    hand = CharField(max_length=1, default="R")
    btba_number = CharField(null=True, unique=True)
    team = ForeignKeyField(Team, backref="bowlers", null=True)
    entering_average = IntegerField(default=0)
    balance_owed = DecimalField(max_digits=7, decimal_places=2, default=0)
    created = DateTimeField(default=datetime.datetime.now)


class Game(BaseModel):
    bowler = ForeignKeyField(Bowler, backref="games")
    league = ForeignKeyField(League)
    week = SmallIntegerField()
    game_no = SmallIntegerField()
    lane = SmallIntegerField()
    scratch = SmallIntegerField()
    frames = TextField(help_text="JSON list of rolls")
    absent = BooleanField(default=False)


class LaneFeePayment(BaseModel):
    bowler = ForeignKeyField(Bowler, backref="payments")
    week = SmallIntegerField()
    amount = DecimalField(max_digits=6, decimal_places=2)
    method = CharField(choices=(("cash", "Cash"), ("card", "Card")))
    card_last4 = CharField(max_length=4, null=True)
    paid_at = DateTimeField(default=datetime.datetime.now)
