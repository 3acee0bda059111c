import datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
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


class Zone(BaseModel):
    name = CharField(unique=True)
    city = CharField()
    polygon_geojson = TextField()


class Member(BaseModel):
    member_number = CharField(unique=True)
    first_name = CharField()
    last_name = CharField()
    email = CharField(unique=True)
    mobile = CharField()
    date_of_birth = DateField()
    licence_number = CharField(max_length=16)
    licence_expiry = DateField()
    card_token = CharField(null=True)
    account_balance = DecimalField(decimal_places=2, default=0)
    home_zone = ForeignKeyField(Zone, null=True, backref="members")
    status = CharField(default="pending_checks")
    rfid_fob_uid = CharField(null=True, unique=True)
    joined_at = DateTimeField(default=datetime.datetime.utcnow)


class Car(BaseModel):
    plate = CharField(unique=True)
    make_model = CharField()
    fuel_type = CharField(default="electric")
    home_zone = ForeignKeyField(Zone, backref="cars")
    bay_lat = FloatField()
    bay_lng = FloatField()
    odometer_km = IntegerField(default=0)
    telematics_unit_id = CharField(unique=True)


class Reservation(BaseModel):
    member = ForeignKeyField(Member, backref="reservations")
    car = ForeignKeyField(Car, backref="reservations")
    starts_at = DateTimeField()
    ends_at = DateTimeField()
    actual_return_at = DateTimeField(null=True)
    distance_km = FloatField(null=True)
    price = DecimalField(decimal_places=2, null=True)
    damage_reported = BooleanField(default=False)
    purpose = CharField(default="personal")
