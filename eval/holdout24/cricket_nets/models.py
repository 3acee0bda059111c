from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Member(BaseModel):
    membership_no = CharField(unique=True)
    first_name = CharField()
    surname = CharField()
    email = CharField(unique=True)
    phone = CharField(null=True)
    date_of_birth = DateField()
    category = CharField(choices=[("junior", "Junior"), ("senior", "Senior"), ("veteran", "Over 50s")])
    ecb_player_id = CharField(null=True)
    bats = CharField(default="right")
    bowling_style = CharField(null=True)
    subs_paid_until = DateField(null=True)
    is_active = BooleanField(default=True)


class Lane(BaseModel):
    name = CharField()
    surface = CharField(default="astro")
    bowling_machine = BooleanField(default=False)
    indoor = BooleanField(default=False)
    hourly_rate = DecimalField(decimal_places=2)


class Coach(BaseModel):
    member = ForeignKeyField(Member, backref="coach_profile", unique=True)
    ecb_level = IntegerField()
    dbs_checked_on = DateField(null=True)
    hourly_rate = DecimalField(decimal_places=2)
    bio = TextField(default="")


class Booking(BaseModel):
    lane = ForeignKeyField(Lane, backref="bookings")
    booked_by = ForeignKeyField(Member, backref="bookings")
    starts_at = DateTimeField(index=True)
    duration_minutes = IntegerField(default=60)
    party_size = IntegerField(default=1)
    with_coach = ForeignKeyField(Coach, null=True, backref="sessions")
    door_code = CharField(max_length=6)
    fee = DecimalField(decimal_places=2)
    cancelled = BooleanField(default=False)


class WaitingList(BaseModel):
    member = ForeignKeyField(Member)
    lane = ForeignKeyField(Lane, null=True)
    wanted_date = DateField()
    notify_by_sms = BooleanField(default=True)
    added_at = DateTimeField()
