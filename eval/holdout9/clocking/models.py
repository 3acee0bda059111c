import datetime

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
)

database = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = database


class Site(BaseModel):
    name = CharField()
    address = CharField()
    timezone = CharField(default="Europe/London")
    geofence_lat = FloatField()
    geofence_lng = FloatField()
    geofence_radius_m = IntegerField(default=150)


class Terminal(BaseModel):
    serial = CharField(unique=True)
    site = ForeignKeyField(Site, backref="terminals")
    ip_address = CharField(null=True)
    firmware = CharField(null=True)
    last_heartbeat = DateTimeField(null=True)


class Employee(BaseModel):
    payroll_number = CharField(unique=True)
    first_name = CharField()
    last_name = CharField()
    badge_uid = CharField(null=True, unique=True)
    pin = CharField(max_length=6, null=True)
    fingerprint_template = BlobField(null=True)
    department = CharField()
    contracted_hours = DecimalField(max_digits=4, decimal_places=1)
    hourly_rate = DecimalField(max_digits=6, decimal_places=2)
    home_site = ForeignKeyField(Site, backref="staff")
    manager = ForeignKeyField("self", null=True, backref="reports")
    active = BooleanField(default=True)


class ClockEvent(BaseModel):
    employee = ForeignKeyField(Employee, backref="events")
    terminal = ForeignKeyField(Terminal, null=True)
    kind = CharField()  # in / out / break_start / break_end
    method = CharField()  # badge / pin / finger / mobile
    occurred_at = DateTimeField(default=datetime.datetime.now)
    latitude = FloatField(null=True)
    longitude = FloatField(null=True)
    selfie = BlobField(null=True)
    edited_by = CharField(null=True)


class Timesheet(BaseModel):
    employee = ForeignKeyField(Employee, backref="timesheets")
    week_starting = DateField()
    hours_worked = DecimalField(max_digits=5, decimal_places=2)
    overtime_hours = DecimalField(max_digits=5, decimal_places=2, default=0)
    sick_hours = DecimalField(max_digits=5, decimal_places=2, default=0)
    approved_by = CharField(null=True)
    approved_at = DateTimeField(null=True)
    exported = BooleanField(default=False)
