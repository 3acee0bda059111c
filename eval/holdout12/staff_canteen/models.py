import datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

db = SqliteDatabase("canteen.db")


class BaseModel(Model):
    class Meta:
        database = db


class Site(BaseModel):
    name = CharField()
    building = CharField()
    catering_manager_email = CharField()
    opens_at = CharField(default="07:30")
    closes_at = CharField(default="15:00")


class Diner(BaseModel):
    staff_number = CharField(unique=True)
    display_name = CharField()
    work_email = CharField()
    department = CharField(null=True)
    badge_uid = CharField(unique=True)
    balance = DecimalField(decimal_places=2, default=0)
    subsidy_band = CharField(default="standard")
    salary_deduction = BooleanField(default=False)
    allergens = TextField(null=True)
    halal = BooleanField(default=False)
    vegetarian = BooleanField(default=False)
    pin = CharField(null=True)
    frozen = BooleanField(default=False)
    last_purchase_at = DateTimeField(null=True)


class MenuItem(BaseModel):
    site = ForeignKeyField(Site, backref="menu")
    name = CharField()
    price = DecimalField(decimal_places=2)
    kcal = IntegerField(null=True)
    allergens = CharField(null=True)
    vegan = BooleanField(default=False)
    halal = BooleanField(default=False)
    available_on = DateField(default=datetime.date.today)


class TopUp(BaseModel):
    diner = ForeignKeyField(Diner, backref="topups")
    amount = DecimalField(decimal_places=2)
    method = CharField()
    card_last4 = CharField(max_length=4, null=True)
    psp_reference = CharField(null=True)
    created = DateTimeField(default=datetime.datetime.now)


class Purchase(BaseModel):
    diner = ForeignKeyField(Diner, backref="purchases")
    site = ForeignKeyField(Site)
    till = CharField()
    items = TextField()
    total = DecimalField(decimal_places=2)
    subsidy_applied = DecimalField(decimal_places=2, default=0)
    balance_after = DecimalField(decimal_places=2)
    bought_at = DateTimeField(default=datetime.datetime.now)
