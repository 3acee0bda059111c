import datetime

from peewee import (BooleanField, CharField, DateField, DecimalField, FloatField, ForeignKeyField,
                    IntegerField, Model, SqliteDatabase, TimeField)

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Member(BaseModel):
    membership_no = CharField(unique=True)
    first_name = CharField()
    surname = CharField()
    email = CharField(null=True)
    phone = CharField(null=True)
    address = CharField()
    postcode = CharField(max_length=8)
    date_of_birth = DateField(null=True)
    ea_rod_licence = CharField(null=True)
    junior = BooleanField(default=False)
    disabled_access_peg = BooleanField(default=False)
    subs_paid_until = DateField(null=True)
    committee_role = CharField(null=True)
    joined = DateField(default=datetime.date.today)


class Venue(BaseModel):
    name = CharField(unique=True)
    water_type = CharField(choices=[("river", "River"), ("canal", "Canal"), ("lake", "Stillwater")])
    nearest_postcode = CharField(max_length=8)
    car_park_lat = FloatField()
    car_park_lng = FloatField()
    bailiff_phone = CharField(null=True)
    peg_count = IntegerField()


class Match(BaseModel):
    venue = ForeignKeyField(Venue, backref="matches")
    match_date = DateField()
    draw_time = TimeField()
    entry_fee = DecimalField(max_digits=5, decimal_places=2)
    organiser = ForeignKeyField(Member, backref="organised_matches", null=True)
    weather = CharField(null=True)
    cancelled = BooleanField(default=False)


class PegDraw(BaseModel):
    match = ForeignKeyField(Match, backref="draw")
    member = ForeignKeyField(Member, backref="draws")
    peg_number = IntegerField()
    paid_pools = BooleanField(default=False)


class WeighIn(BaseModel):
    draw = ForeignKeyField(PegDraw, backref="weights")
    weight_grams = IntegerField()
    species = CharField(null=True)
    weighed_at = TimeField()
    disqualified = BooleanField(default=False)
    steward_initials = CharField(max_length=4)


class Winnings(BaseModel):
    member = ForeignKeyField(Member, backref="winnings")
    match = ForeignKeyField(Match, backref="payouts")
    amount = DecimalField(max_digits=7, decimal_places=2)
    paid_by_bacs = BooleanField(default=True)
    sort_code = CharField(max_length=8, null=True)
    account_number = CharField(max_length=8, null=True)
