import datetime

from peewee import (
    BooleanField,
    CharField,
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


class Customer(BaseModel):
    email = CharField(unique=True)
    password_hash = CharField()
    first_name = CharField()
    last_name = CharField()
    phone = CharField(null=True)
    loyalty_card_no = CharField(null=True, unique=True)
    substitution_preference = CharField(default="similar")
    marketing_email_ok = BooleanField(default=False)
    is_blocked = BooleanField(default=False)
    created = DateTimeField(default=datetime.datetime.now)


class Address(BaseModel):
    customer = ForeignKeyField(Customer, backref="addresses", on_delete="CASCADE")
    label = CharField(default="Home")
    line1 = CharField()
    line2 = CharField(null=True)
    city = CharField()
    postcode = CharField(index=True)
    delivery_instructions = TextField(null=True)
    latitude = FloatField(null=True)
    longitude = FloatField(null=True)
    is_default = BooleanField(default=False)


class Depot(BaseModel):
    code = CharField(unique=True)
    name = CharField()
    postcode = CharField()
    van_count = IntegerField(default=0)


class DeliverySlot(BaseModel):
    depot = ForeignKeyField(Depot, backref="slots")
    starts_at = DateTimeField(index=True)
    ends_at = DateTimeField()
    capacity = IntegerField(default=12)
    price = DecimalField(max_digits=5, decimal_places=2)
    is_green = BooleanField(default=False)


class Order(BaseModel):
    customer = ForeignKeyField(Customer, backref="orders")
    address = ForeignKeyField(Address)
    slot = ForeignKeyField(DeliverySlot, backref="orders")
    status = CharField(default="basket")
    subtotal = DecimalField(max_digits=8, decimal_places=2, default=0)
    delivery_fee = DecimalField(max_digits=5, decimal_places=2, default=0)
    age_restricted_items = BooleanField(default=False)
    placed_at = DateTimeField(null=True)


class OrderLine(BaseModel):
    order = ForeignKeyField(Order, backref="lines", on_delete="CASCADE")
    sku = CharField()
    quantity = IntegerField()
    unit_price = DecimalField(max_digits=7, decimal_places=2)
    substituted_sku = CharField(null=True)


class Driver(BaseModel):
    name = CharField()
    phone = CharField()
    employer = CharField(help_text="Agency supplying the driver")
    van_registration = CharField(null=True)
    depot = ForeignKeyField(Depot, backref="drivers")


class Delivery(BaseModel):
    order = ForeignKeyField(Order, unique=True)
    driver = ForeignKeyField(Driver, backref="deliveries")
    delivered_at = DateTimeField(null=True)
    proof_photo_key = CharField(null=True)
    recipient_signature = TextField(null=True)
    age_check_passed = BooleanField(null=True)
    left_with_neighbour = BooleanField(default=False)
