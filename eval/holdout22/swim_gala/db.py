import datetime

import peewee as pw

database = pw.SqliteDatabase(None)


class BaseModel(pw.Model):
    class Meta:
        database = database


class Club(BaseModel):
    name = pw.CharField(unique=True)
    affiliation_code = pw.CharField(max_length=8)
    club_secretary = pw.CharField()
    secretary_email = pw.CharField()
    entries_contact_phone = pw.CharField(null=True)


class Swimmer(BaseModel):
    club = pw.ForeignKeyField(Club, backref="swimmers")
    asa_number = pw.CharField(max_length=10, unique=True)
    first_name = pw.CharField()
    last_name = pw.CharField()
    date_of_birth = pw.DateField()
    gender = pw.CharField(max_length=1)
    para_classification = pw.CharField(null=True)  # e.g. S9, SB8
    guardian_name = pw.CharField()
    guardian_mobile = pw.CharField()
    photography_opt_out = pw.BooleanField(default=False)


class Event(BaseModel):
    number = pw.IntegerField()
    distance = pw.IntegerField()
    stroke = pw.CharField()
    gender = pw.CharField(max_length=1)
    age_min = pw.IntegerField()
    age_max = pw.IntegerField()
    qualifying_time = pw.DecimalField(decimal_places=2, null=True)


class Entry(BaseModel):
    swimmer = pw.ForeignKeyField(Swimmer, backref="entries")
    event = pw.ForeignKeyField(Event, backref="entries")
    entry_time = pw.DecimalField(decimal_places=2, null=True)
    fee_paid = pw.BooleanField(default=False)
    heat = pw.IntegerField(null=True)
    lane = pw.IntegerField(null=True)
    created = pw.DateTimeField(default=datetime.datetime.now)


class Result(BaseModel):
    entry = pw.ForeignKeyField(Entry, unique=True)
    final_time = pw.DecimalField(decimal_places=2, null=True)
    place = pw.IntegerField(null=True)
    disqualified = pw.BooleanField(default=False)
    dq_reason = pw.CharField(null=True)
    timekeeper = pw.CharField(null=True)
