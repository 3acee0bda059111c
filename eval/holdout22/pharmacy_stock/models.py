import datetime
from enum import Enum

import peewee as pw

db = pw.PostgresqlDatabase(None)


class StorageClass(Enum):
    AMBIENT = "ambient"
    FRIDGE = "fridge"
    CD_CABINET = "cd_cabinet"


class Schedule(Enum):
    POM = "pom"
    P = "p"
    GSL = "gsl"
    CD2 = "cd2"
    CD3 = "cd3"


class Model(pw.Model):
    class Meta:
        database = db


class Supplier(Model):
    name = pw.CharField()
    account_number = pw.CharField()
    contact_email = pw.CharField()
    orders_phone = pw.CharField()
    address = pw.TextField()
    cutoff_time = pw.TimeField()
    edi_password = pw.CharField()


class Product(Model):
    pip_code = pw.CharField(max_length=7, unique=True)
    name = pw.CharField()
    strength = pw.CharField()
    pack_size = pw.IntegerField()
    form = pw.CharField()  # tablet, capsule, oral solution
    schedule = pw.CharField(choices=[(s.value, s.name) for s in Schedule])
    storage = pw.CharField(choices=[(s.value, s.name) for s in StorageClass])
    gender = pw.CharField(null=True)  # "female" for some HRT / contraceptive SKUs in the planogram
    usage = pw.TextField(null=True)  # dosing text printed on the shelf label
    trade_price = pw.DecimalField(decimal_places=2)
    drug_tariff_price = pw.DecimalField(decimal_places=2)


class StockLevel(Model):
    product = pw.ForeignKeyField(Product)
    branch_code = pw.CharField(max_length=6)
    on_hand = pw.IntegerField()
    reorder_point = pw.IntegerField()
    shelf_location = pw.CharField()
    last_counted_at = pw.DateTimeField()


class Batch(Model):
    product = pw.ForeignKeyField(Product, backref="batches")
    batch_number = pw.CharField()
    expiry = pw.DateField()
    quantity = pw.IntegerField()
    quarantined = pw.BooleanField(default=False)
    recall_reference = pw.CharField(null=True)


class PurchaseOrder(Model):
    supplier = pw.ForeignKeyField(Supplier)
    raised_at = pw.DateTimeField(default=datetime.datetime.now)
    raised_by = pw.CharField()  # pharmacist's initials
    status = pw.CharField(default="draft")
    total = pw.DecimalField(decimal_places=2)
    age_days = pw.IntegerField(default=0)


class CdRegisterEntry(Model):
    product = pw.ForeignKeyField(Product)
    entry_date = pw.DateField()
    quantity_in = pw.IntegerField(default=0)
    quantity_out = pw.IntegerField(default=0)
    running_balance = pw.IntegerField()
    supplied_to_patient = pw.CharField(null=True)
    patient_address = pw.TextField(null=True)
    prescriber = pw.CharField(null=True)
    collected_by_id_checked = pw.BooleanField(default=False)
    pharmacist_gphc = pw.CharField()
