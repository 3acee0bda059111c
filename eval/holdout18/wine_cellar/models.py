from peewee import (
    CharField,
    DateField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

database = SqliteDatabase("cellar.db", pragmas={"foreign_keys": 1})


class BaseModel(Model):
    class Meta:
        database = database


class Producer(BaseModel):
    name = CharField(max_length=120)
    region = CharField(max_length=80)
    country = CharField(max_length=60)
    website = CharField(null=True)
    contact_email = CharField(null=True)
    phone = CharField(null=True)
    address = TextField(null=True)


class Wine(BaseModel):
    producer = ForeignKeyField(Producer, backref="wines")
    cuvee = CharField(max_length=120)
    vintage = IntegerField(null=True)
    colour = CharField(max_length=10)
    grape = CharField(max_length=120, null=True)
    abv = DecimalField(max_digits=4, decimal_places=1, null=True)
    bottle_size_ml = IntegerField(default=750)
    drink_from = IntegerField(null=True)
    drink_to = IntegerField(null=True)
    critic_score = IntegerField(null=True)


class Bin(BaseModel):
    code = CharField(max_length=10, unique=True)
    rack = CharField(max_length=10)
    row = IntegerField()
    column = IntegerField()
    capacity = IntegerField(default=12)
    temperature_c = FloatField(null=True)
    humidity_pct = FloatField(null=True)


class Bottle(BaseModel):
    wine = ForeignKeyField(Wine, backref="bottles")
    bin = ForeignKeyField(Bin, backref="bottles", null=True)
    purchased_on = DateField(null=True)
    price_paid = DecimalField(max_digits=8, decimal_places=2, null=True)
    supplier = CharField(max_length=120, null=True)
    status = CharField(max_length=10, default="cellar")
    opened_on = DateField(null=True)
    reserved_for = CharField(max_length=120, null=True)


class TastingNote(BaseModel):
    wine = ForeignKeyField(Wine, backref="notes")
    tasted_on = DateField()
    score = IntegerField(null=True)
    nose = TextField(default="")
    palate = TextField(default="")
    author = CharField(max_length=80)
