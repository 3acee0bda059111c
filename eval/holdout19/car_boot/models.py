import datetime

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    Model,
    SqliteDatabase,
    TextField,
)

from .enums import BookingStatus, PitchSize, SellerType

database = SqliteDatabase("carboot.db", pragmas={"foreign_keys": 1})


class BaseModel(Model):
    class Meta:
        database = database


class Venue(BaseModel):
    id = AutoField()
    name = CharField(max_length=120)
    address = CharField(max_length=200)
    postcode = CharField(max_length=10)
    latitude = DecimalField(max_digits=9, decimal_places=6)
    longitude = DecimalField(max_digits=9, decimal_places=6)
    ground_type = CharField(default="grass")
    has_toilets = BooleanField(default=True)
    what3words = CharField(null=True)


class SaleDay(BaseModel):
    venue = ForeignKeyField(Venue, backref="sale_days")
    date = DateField(index=True)
    sellers_from = CharField(default="06:00")
    buyers_from = CharField(default="07:30")
    buyer_admission = DecimalField(max_digits=5, decimal_places=2, default=1)
    cancelled = BooleanField(default=False)
    weather_note = TextField(null=True)


class Seller(BaseModel):
    id = AutoField()
    first_name = CharField(max_length=60)
    last_name = CharField(max_length=60)
    email = CharField(unique=True)
    mobile = CharField(max_length=20, null=True)
    postcode = CharField(max_length=10, null=True)
    seller_type = CharField(choices=[(t.value, t.name.title()) for t in SellerType], default=SellerType.PRIVATE.value)
    vehicle_reg = CharField(max_length=10, null=True)
    banned = BooleanField(default=False)
    marketing_opt_in = BooleanField(default=False)
    password_hash = CharField()
    last_login = DateTimeField(null=True)
    created_at = DateTimeField(default=datetime.datetime.now)


class Pitch(BaseModel):
    sale_day = ForeignKeyField(SaleDay, backref="pitches")
    number = CharField(max_length=6)
    row = CharField(max_length=2)
    size = CharField(choices=[(s.value, s.name.title()) for s in PitchSize])
    price = DecimalField(max_digits=6, decimal_places=2)


class PitchBooking(BaseModel):
    pitch = ForeignKeyField(Pitch, backref="bookings", unique=True)
    seller = ForeignKeyField(Seller, backref="bookings")
    status = CharField(default=BookingStatus.RESERVED.name)
    amount_paid = DecimalField(max_digits=6, decimal_places=2, default=0)
    selling = CharField(null=True, help_text="e.g. toys, tools, clothes")
    arrived_at = DateTimeField(null=True)
    notes = TextField(null=True)


class Payment(BaseModel):
    booking = ForeignKeyField(PitchBooking, backref="payments")
    provider = CharField(default="stripe")
    provider_charge_id = CharField(unique=True)
    amount = DecimalField(max_digits=6, decimal_places=2)
    card_brand = CharField(null=True)
    card_last4 = CharField(max_length=4, null=True)
    payer_email = CharField(null=True)
    created_at = DateTimeField(default=datetime.datetime.now)


class LostProperty(BaseModel):
    sale_day = ForeignKeyField(SaleDay, backref="lost_property")
    description = TextField()
    found_at_pitch = CharField(null=True)
    handed_in_by = CharField(null=True)
    claimant_name = CharField(null=True)
    claimant_phone = CharField(null=True)
    returned = BooleanField(default=False)
