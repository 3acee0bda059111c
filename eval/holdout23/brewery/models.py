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

db = PostgresqlDatabase(None)


class Base(Model):
    class Meta:
        database = db


class Recipe(Base):
    name = CharField(unique=True)
    style = CharField()
    target_og = FloatField()
    target_fg = FloatField()
    ibu = IntegerField(null=True)
    abv = DecimalField(max_digits=4, decimal_places=1)
    yeast_strain = CharField()
    author = CharField(null=True)


class Vessel(Base):
    name = CharField(unique=True)
    kind = CharField()
    capacity_hl = DecimalField(max_digits=6, decimal_places=1)
    cip_last_run = DateTimeField(null=True)
    location = CharField(default="brewhouse")


class Batch(Base):
    batch_code = CharField(unique=True)
    recipe = ForeignKeyField(Recipe, backref="batches")
    vessel = ForeignKeyField(Vessel, backref="batches")
    brewed_on = DateField()
    brewer = CharField()
    volume_hl = DecimalField(max_digits=6, decimal_places=1)
    status = CharField(default="fermenting")


class GravityReading(Base):
    batch = ForeignKeyField(Batch, backref="readings")
    taken_at = DateTimeField()
    gravity = FloatField()
    temperature_c = FloatField()
    ph = FloatField(null=True)
    taken_by = CharField()


class TradeCustomer(Base):
    name = CharField()
    contact_name = CharField(null=True)
    contact_email = CharField(null=True)
    delivery_address = TextField()
    account_balance = DecimalField(max_digits=9, decimal_places=2, default=0)
    credit_limit = DecimalField(max_digits=9, decimal_places=2, default=500)


class Keg(Base):
    serial = CharField(unique=True)
    size_l = IntegerField(default=50)
    batch = ForeignKeyField(Batch, null=True, backref="kegs")
    customer = ForeignKeyField(TradeCustomer, null=True, backref="kegs")
    filled_on = DateField(null=True)
    returned_on = DateField(null=True)
    deposit_paid = BooleanField(default=True)
