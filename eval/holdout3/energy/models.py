"""Customer accounts, meters and bills of a small energy supplier."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Tariff(models.Model):
    code = models.SlugField(max_length=32, unique=True)
    name = models.CharField(max_length=120)
    fuel = models.CharField(max_length=12, choices=[("elec", "Electricity"), ("gas", "Gas")])
    unit_rate_pence = models.DecimalField(max_digits=7, decimal_places=3)
    standing_charge_pence = models.DecimalField(max_digits=7, decimal_places=3)
    region = models.CharField(max_length=4)
    is_fixed = models.BooleanField(default=False)
    exit_fee = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    available_from = models.DateField()
    available_until = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Customer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    date_of_birth = models.DateField(null=True, blank=True)
    email = models.EmailField()
    mobile = models.CharField(max_length=20, blank=True)
    supply_address_line1 = models.CharField(max_length=120)
    supply_address_line2 = models.CharField(max_length=120, blank=True)
    supply_town = models.CharField(max_length=80)
    supply_postcode = models.CharField(max_length=10)
    billing_same_as_supply = models.BooleanField(default=True)
    needs_medical_equipment = models.BooleanField(default=False)
    priority_services_notes = models.TextField(blank=True)
    credit_balance = models.DecimalField(max_digits=9, decimal_places=2, default=0)
    paperless_billing = models.BooleanField(default=True)
    energy_saving_tips_opt_in = models.BooleanField(default=False)
    account_state = models.CharField(max_length=16, default="live")
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Customer {self.pk}"


class Meter(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="meters")
    tariff = models.ForeignKey(Tariff, on_delete=models.PROTECT)
    mpan = models.CharField("meter point number", max_length=21, unique=True)
    serial_number = models.CharField(max_length=20)
    is_smart = models.BooleanField(default=False)
    firmware_version = models.CharField(max_length=16, blank=True)
    installed_on = models.DateField()
    register_count = models.PositiveSmallIntegerField(default=1)


class MeterReading(models.Model):
    READING_SOURCES = ("customer", "smart", "estimate", "engineer")

    meter = models.ForeignKey(Meter, on_delete=models.CASCADE, related_name="readings")
    register = models.PositiveSmallIntegerField(default=1)
    value = models.DecimalField(max_digits=10, decimal_places=1)
    source = models.CharField(max_length=10)
    read_at = models.DateTimeField()
    photo_of_display = models.ImageField(upload_to="readings/", blank=True)
    rejected = models.BooleanField(default=False)


class Bill(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)
    number = models.CharField(max_length=20, unique=True)
    period_start = models.DateField()
    period_end = models.DateField()
    kwh_used = models.DecimalField(max_digits=10, decimal_places=1)
    amount_due = models.DecimalField(max_digits=9, decimal_places=2)
    vat_rate = models.DecimalField(max_digits=4, decimal_places=2, default=5)
    pdf = models.FileField(upload_to="bills/")
    issued_at = models.DateTimeField(auto_now_add=True)


class DirectDebitMandate(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    account_holder_name = models.CharField(max_length=120)
    sort_code = models.CharField(max_length=8)
    account_number = models.CharField(max_length=8)
    collection_day = models.PositiveSmallIntegerField(default=1)
    monthly_amount = models.DecimalField(max_digits=8, decimal_places=2)
    reference = models.CharField(max_length=18)
    cancelled_at = models.DateTimeField(null=True, blank=True)
