"""Council environmental health: pest control requests, visits and charges."""
from django.conf import settings
from django.db import models


class Pest(models.TextChoices):
    RATS = "rats", "Rats"
    MICE = "mice", "Mice"
    WASPS = "wasps", "Wasps"
    BEDBUGS = "bedbugs", "Bed bugs"
    COCKROACHES = "cockroaches", "Cockroaches"
    FLEAS = "fleas", "Fleas"


class Technician(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    mobile = models.CharField(max_length=20)
    rsph_level = models.PositiveSmallIntegerField(default=2)
    depot = models.CharField(max_length=40)
    van_registration = models.CharField(max_length=10, blank=True)
    on_call = models.BooleanField(default=False)


class ServiceRequest(models.Model):
    TENURE_CHOICES = [
        ("owner", "Owner occupier"),
        ("council", "Council tenant"),
        ("private", "Private tenant"),
        ("business", "Business premises"),
    ]

    reference = models.CharField(max_length=12, unique=True)
    pest = models.CharField(max_length=20, choices=Pest.choices)
    requester_name = models.CharField(max_length=120)
    requester_phone = models.CharField(max_length=20)
    requester_email = models.EmailField(blank=True)
    property_address = models.TextField()
    postcode = models.CharField(max_length=10)
    uprn = models.CharField(max_length=12, blank=True)
    tenure = models.CharField(max_length=10, choices=TENURE_CHOICES)
    on_benefits = models.BooleanField(default=False)
    vulnerable_occupant = models.BooleanField(default=False)
    description = models.TextField()
    access_notes = models.TextField(blank=True)
    status = models.CharField(max_length=16, default="new")
    created_at = models.DateTimeField(auto_now_add=True)


class Visit(models.Model):
    request = models.ForeignKey(ServiceRequest, on_delete=models.CASCADE, related_name="visits")
    technician = models.ForeignKey(Technician, on_delete=models.PROTECT)
    scheduled_for = models.DateTimeField()
    arrived_at = models.DateTimeField(null=True, blank=True)
    checkin_lat = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    checkin_lng = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    outcome = models.CharField(max_length=20, blank=True)
    bait_points = models.PositiveSmallIntegerField(default=0)
    products_used = models.TextField(blank=True)
    follow_up_required = models.BooleanField(default=False)
    technician_notes = models.TextField(blank=True)
    resident_signature = models.ImageField(upload_to="signatures/", null=True, blank=True)


class Charge(models.Model):
    request = models.OneToOneField(ServiceRequest, on_delete=models.CASCADE)
    amount = models.DecimalField(max_digits=7, decimal_places=2)
    concession = models.BooleanField(default=False)
    invoice_number = models.CharField(max_length=20, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
