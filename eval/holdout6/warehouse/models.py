from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models


class Warehouse(models.Model):
    code = models.CharField(max_length=6, unique=True)
    name = models.CharField(max_length=120)
    address_line1 = models.CharField(max_length=120)
    city = models.CharField(max_length=80)
    postcode = models.CharField(max_length=10)
    country = models.CharField(max_length=2, default="GB")
    timezone = models.CharField(max_length=40, default="Europe/London")
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    def __str__(self):
        return self.code


class BinLocation(models.Model):
    warehouse = models.ForeignKey(Warehouse, on_delete=models.CASCADE, related_name="bins")
    aisle = models.CharField(max_length=4)
    bay = models.CharField(max_length=4)
    level = models.PositiveSmallIntegerField()
    bin_code = models.CharField(max_length=16, unique=True)
    max_weight_kg = models.DecimalField(max_digits=7, decimal_places=2)
    is_pick_face = models.BooleanField(default=False)


class Supplier(models.Model):
    name = models.CharField(max_length=160)
    account_code = models.CharField(max_length=20, unique=True)
    contact_email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20, blank=True)
    vat_number = models.CharField(max_length=14, blank=True)
    payment_terms_days = models.PositiveSmallIntegerField(default=30)


class Sku(models.Model):
    code = models.CharField(max_length=32, unique=True)
    description = models.CharField(max_length=255)
    barcode = models.CharField(max_length=14, blank=True, db_index=True)
    weight_grams = models.PositiveIntegerField()
    length_mm = models.PositiveIntegerField()
    width_mm = models.PositiveIntegerField()
    height_mm = models.PositiveIntegerField()
    hazardous = models.BooleanField(default=False)
    unit_cost = models.DecimalField(
        max_digits=9, decimal_places=2, validators=[MinValueValidator(Decimal(0))]
    )
    supplier = models.ForeignKey(Supplier, on_delete=models.PROTECT, related_name="skus")


class StockLevel(models.Model):
    sku = models.ForeignKey(Sku, on_delete=models.CASCADE)
    location = models.ForeignKey(BinLocation, on_delete=models.CASCADE)
    quantity = models.IntegerField(default=0)
    reserved = models.IntegerField(default=0)
    last_counted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        unique_together = ("sku", "location")


class InboundShipment(models.Model):
    reference = models.CharField(max_length=30, unique=True)
    supplier = models.ForeignKey(Supplier, on_delete=models.PROTECT)
    warehouse = models.ForeignKey(Warehouse, on_delete=models.PROTECT)
    expected_at = models.DateTimeField()
    received_at = models.DateTimeField(null=True, blank=True)
    dock_door = models.CharField(max_length=4, blank=True)
    carrier = models.CharField(max_length=60, blank=True)
    driver_name = models.CharField(max_length=120, blank=True)
    trailer_number = models.CharField(max_length=20, blank=True)


class Operator(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    badge_number = models.CharField(max_length=10, unique=True)
    agency = models.CharField(max_length=80, blank=True)
    shift_pattern = models.CharField(max_length=20, default="earlies")
    forklift_licence_expiry = models.DateField(null=True, blank=True)
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)
    home_warehouse = models.ForeignKey(Warehouse, on_delete=models.PROTECT)


class PickTask(models.Model):
    order_ref = models.CharField(max_length=30, db_index=True)
    sku = models.ForeignKey(Sku, on_delete=models.PROTECT)
    from_location = models.ForeignKey(BinLocation, on_delete=models.PROTECT)
    quantity = models.PositiveIntegerField()
    picker = models.ForeignKey(Operator, null=True, blank=True, on_delete=models.SET_NULL)
    scanner_device_id = models.CharField(max_length=32, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    short_picked = models.BooleanField(default=False)
