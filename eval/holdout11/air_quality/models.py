from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    Model,
    PostgresqlDatabase,
)

database = PostgresqlDatabase(None)


class BaseModel(Model):
    class Meta:
        database = database


class Station(BaseModel):
    code = CharField(unique=True, max_length=10)
    name = CharField()
    latitude = FloatField()
    longitude = FloatField()
    site_type = CharField(default="urban_background")
    installed_on = DateField()
    operator_email = CharField(null=True)


class Sensor(BaseModel):
    station = ForeignKeyField(Station, backref="sensors")
    serial = CharField(unique=True)
    pollutant = CharField()
    firmware = CharField()
    calibrated_on = DateField(null=True)
    sim_iccid = CharField(null=True)
    api_token = CharField()


class Measurement(BaseModel):
    sensor = ForeignKeyField(Sensor, backref="measurements")
    recorded_at = DateTimeField(index=True)
    value = FloatField()
    unit = CharField(default="ug/m3")
    ratified = BooleanField(default=False)
