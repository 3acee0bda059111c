from peewee import (
    BooleanField, CharField, DateTimeField, DecimalField, FloatField, ForeignKeyField,
    IntegerField, Model, PostgresqlDatabase,
)

database = PostgresqlDatabase(None)


class BaseModel(Model):
    class Meta:
        database = database


class HostSite(BaseModel):
    name = CharField()
    address = CharField()
    postcode = CharField(max_length=10)
    lat = FloatField()
    lng = FloatField()
    contact_name = CharField(null=True)
    contact_email = CharField(null=True)
    commission_pct = DecimalField(max_digits=4, decimal_places=1, default=10)
    access_instructions = CharField(null=True)


class Machine(BaseModel):
    asset_tag = CharField(unique=True)
    site = ForeignKeyField(HostSite, backref="machines")
    model = CharField()
    modem_imei = CharField(max_length=15)
    sim_iccid = CharField(max_length=20)
    firmware = CharField()
    cashless_reader_serial = CharField(null=True)
    installed_at = DateTimeField()
    age_days = IntegerField(default=0)


class Product(BaseModel):
    sku = CharField(unique=True)
    name = CharField()
    price = DecimalField(max_digits=5, decimal_places=2)
    age_restricted = BooleanField(default=False)
    allergens = CharField(null=True)
    kcal = IntegerField(null=True)


class Engineer(BaseModel):
    name = CharField()
    mobile = CharField(max_length=20)
    van_reg = CharField(max_length=10)
    region = CharField()


class RefillVisit(BaseModel):
    machine = ForeignKeyField(Machine, backref="visits")
    engineer = ForeignKeyField(Engineer, backref="visits")
    arrived_at = DateTimeField()
    items_loaded = IntegerField()
    cash_collected = DecimalField(max_digits=8, decimal_places=2)
    phone_lat = FloatField(null=True)
    phone_lng = FloatField(null=True)
