"""Wholesale plant nursery: suppliers, plants, tunnels, stock lots and movements."""
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
    SmallIntegerField,
    TextField,
)

database = PostgresqlDatabase(None)


class BaseModel(Model):
    class Meta:
        database = database


class StaffUser(BaseModel):
    username = CharField(unique=True)
    display_name = CharField()
    password_hash = CharField()
    role = CharField(default="grower")
    last_login = DateTimeField(null=True)
    active = BooleanField(default=True)


class Supplier(BaseModel):
    name = CharField()
    contact_name = CharField(null=True)
    contact_email = CharField(null=True)
    phone = CharField(null=True)
    address = TextField(null=True)
    our_account_number = CharField(null=True)
    lead_time_days = SmallIntegerField(default=14)
    peat_free_certified = BooleanField(default=False)


class Plant(BaseModel):
    sku = CharField(unique=True)
    name = CharField()
    latin_name = CharField()
    variety = CharField(null=True)
    pot_size_l = FloatField()
    hardiness = CharField(max_length=3)
    height_cm = IntegerField(null=True)
    spread_cm = IntegerField(null=True)
    flowering_months = CharField(null=True)
    sex = CharField(null=True, help_text="For dioecious plants such as holly and skimmia")
    colour = CharField(null=True)
    trade_price = DecimalField(max_digits=7, decimal_places=2)
    retail_price = DecimalField(max_digits=7, decimal_places=2)


class Tunnel(BaseModel):
    code = CharField(unique=True)
    heated = BooleanField(default=False)
    min_temp_c = FloatField(null=True)
    irrigation_zone = SmallIntegerField()
    latitude = FloatField()
    longitude = FloatField()


class StockLot(BaseModel):
    plant = ForeignKeyField(Plant, backref="lots")
    supplier = ForeignKeyField(Supplier, null=True)
    tunnel = ForeignKeyField(Tunnel, backref="lots")
    batch_code = CharField()
    quantity = IntegerField()
    potted_on = DateField()
    ready_week = SmallIntegerField(null=True)
    age_days = IntegerField(default=0)
    quarantine = BooleanField(default=False)


class StockMove(BaseModel):
    lot = ForeignKeyField(StockLot, backref="moves")
    quantity = IntegerField()
    reason = CharField()
    to_tunnel = ForeignKeyField(Tunnel, null=True)
    moved_by = ForeignKeyField(StaffUser)
    moved_at = DateTimeField(default=datetime.datetime.now)
    note = TextField(null=True)
