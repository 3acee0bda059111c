from django.conf import settings
from django.db import models


class LoopType(models.TextChoices):
    PERIMETER = "perimeter", "Perimeter loop"
    PHASED_ARRAY = "phased", "Phased array"
    COUNTER = "counter", "Counter loop"
    PORTABLE = "portable", "Portable"


class Venue(models.Model):
    name = models.CharField(max_length=150)
    venue_type = models.CharField(max_length=40)  # church, theatre, bank branch, GP surgery
    address_line_1 = models.CharField(max_length=120)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=10)
    contact_name = models.CharField(max_length=120, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=32, blank=True)
    access_notes = models.TextField(blank=True)


class Engineer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=120)
    mobile = models.CharField(max_length=32)
    base_depot = models.CharField(max_length=60)
    cscs_card_number = models.CharField(max_length=20, blank=True)


class Product(models.Model):
    sku = models.CharField(max_length=30, unique=True)
    name = models.CharField(max_length=120)
    category = models.CharField(max_length=30)  # amplifier, cable, sign, receiver
    unit_price = models.DecimalField(max_digits=8, decimal_places=2)
    stock_qty = models.IntegerField(default=0)
    datasheet = models.FileField(upload_to="datasheets/", blank=True)


class Installation(models.Model):
    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="installations")
    loop_type = models.CharField(max_length=10, choices=LoopType.choices)
    room = models.CharField(max_length=80)
    amplifier = models.ForeignKey(Product, on_delete=models.PROTECT)
    amplifier_serial = models.CharField(max_length=40)
    installed_on = models.DateField()
    installed_by = models.ForeignKey(Engineer, null=True, on_delete=models.SET_NULL)
    certificate_number = models.CharField(max_length=20, unique=True)
    certificate_template = models.CharField(max_length=40, default="bs-en-60118-4")
    site_photo = models.ImageField(upload_to="installs/", blank=True)
    next_test_due = models.DateField()


class TestVisit(models.Model):
    installation = models.ForeignKey(Installation, on_delete=models.CASCADE, related_name="tests")
    engineer = models.ForeignKey(Engineer, on_delete=models.PROTECT)
    visited_on = models.DateField()
    field_strength_db = models.DecimalField(max_digits=4, decimal_places=1)
    metal_loss_db = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    background_noise_db = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    frequency_response_ok = models.BooleanField(default=True)
    passed = models.BooleanField()
    remarks = models.TextField(blank=True)
