import secrets

from django.conf import settings
from django.db import models


def make_reference():
    return secrets.token_hex(4).upper()


class Site(models.Model):
    name = models.CharField(max_length=120)
    address = models.CharField(max_length=255)
    postcode = models.CharField(max_length=8)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    max_per_slot = models.PositiveSmallIntegerField(default=12)
    has_parking = models.BooleanField(default=False)

    def __str__(self):
        return self.name


class Slot(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(db_index=True)
    vaccine_type = models.CharField(max_length=20)
    capacity = models.PositiveSmallIntegerField()
    booked_count = models.PositiveSmallIntegerField(default=0)


class Vaccinator(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    professional_registration_number = models.CharField(max_length=12)
    trained_products = models.JSONField(default=list)
    last_training_date = models.DateField(null=True, blank=True)
    is_volunteer = models.BooleanField(default=False)


class Booking(models.Model):
    RISK_GROUPS = [
        ("none", "None"),
        ("immunosuppressed", "Severely immunosuppressed"),
        ("chronic_respiratory", "Chronic respiratory disease"),
        ("diabetes", "Diabetes"),
        ("learning_disability", "Learning disability"),
    ]

    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="bookings")
    reference = models.CharField(max_length=8, unique=True, default=make_reference)
    nhs_number = models.CharField(max_length=10)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    mobile = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    postcode = models.CharField(max_length=8)
    clinical_risk_group = models.CharField(max_length=30, choices=RISK_GROUPS, default="none")
    is_health_or_care_worker = models.BooleanField(default=False)
    needs_wheelchair_access = models.BooleanField(default=False)
    cancelled = models.BooleanField(default=False)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Vaccination(models.Model):
    booking = models.OneToOneField(Booking, on_delete=models.PROTECT)
    product = models.CharField(max_length=40)
    batch_number = models.CharField(max_length=20)
    dose_number = models.PositiveSmallIntegerField()
    administered_at = models.DateTimeField()
    vaccinator = models.ForeignKey(Vaccinator, on_delete=models.PROTECT)
    adverse_reaction = models.TextField(blank=True)
    consent_given = models.BooleanField(default=False)
    consent_by_proxy_name = models.CharField(max_length=120, blank=True)
