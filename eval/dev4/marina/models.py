"""Marina berth holders, visiting boats and the harbour office (Django)."""

from __future__ import annotations

from django.db import models


class Marina(models.Model):
    name = models.CharField(max_length=120)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    email = models.EmailField()
    harbour_master_name = models.CharField(max_length=120)
    vhf_channel = models.PositiveSmallIntegerField()
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)


class Pontoon(models.Model):
    marina = models.ForeignKey(Marina, on_delete=models.CASCADE)
    code = models.CharField(max_length=4)
    has_power = models.BooleanField(default=True)
    has_water = models.BooleanField(default=True)


class Berth(models.Model):
    pontoon = models.ForeignKey(Pontoon, on_delete=models.CASCADE)
    number = models.CharField(max_length=8)
    max_length_m = models.DecimalField(max_digits=5, decimal_places=2)
    annual_fee = models.DecimalField(max_digits=8, decimal_places=2)
    status = models.CharField(max_length=12)


class BerthHolder(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    home_address = models.TextField()
    postcode = models.CharField(max_length=10)
    mobile = models.CharField(max_length=20)
    email = models.EmailField()
    date_of_birth = models.DateField(null=True)
    emergency_contact_name = models.CharField(max_length=120)
    emergency_contact_phone = models.CharField(max_length=20)
    rya_certificate_number = models.CharField(max_length=20, blank=True)
    direct_debit_sort_code = models.CharField(max_length=8)
    direct_debit_account_number = models.CharField(max_length=12)
    arrears = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    note_for_harbour_master = models.TextField(blank=True)
    keep_me_posted = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class Boat(models.Model):
    name = models.CharField(max_length=80)
    hull_id = models.CharField(max_length=20)
    length_m = models.DecimalField(max_digits=5, decimal_places=2)
    owner = models.ForeignKey(BerthHolder, on_delete=models.PROTECT)
    berth = models.OneToOneField(Berth, null=True, on_delete=models.SET_NULL)
    engine_type = models.CharField(max_length=20)


class VisitorArrival(models.Model):
    boat_name = models.CharField(max_length=80)
    skipper_name = models.CharField(max_length=120)
    skipper_mobile = models.CharField(max_length=20)
    crew_count = models.PositiveSmallIntegerField()
    nights = models.PositiveSmallIntegerField()
    arrived_at = models.DateTimeField()
    fee_paid = models.DecimalField(max_digits=7, decimal_places=2)


class FuelSale(models.Model):
    pump = models.CharField(max_length=4)
    litres = models.DecimalField(max_digits=7, decimal_places=2)
    price_per_litre = models.DecimalField(max_digits=5, decimal_places=3)
    meter_reading = models.DecimalField(max_digits=10, decimal_places=1)
    sold_by = models.ForeignKey("auth.User", on_delete=models.PROTECT)
