"""Corporate account customers of a taxi firm: companies, bookers, passengers, journeys."""
from decimal import Decimal

from django.conf import settings
from django.db import models


class BusinessAccount(models.Model):
    company_name = models.CharField(max_length=160)
    account_code = models.CharField(max_length=12, unique=True)
    billing_email = models.EmailField()
    billing_address = models.TextField()
    vat_number = models.CharField(max_length=20, blank=True)
    credit_limit = models.DecimalField(max_digits=9, decimal_places=2, default=Decimal("2000"))
    payment_terms_days = models.PositiveSmallIntegerField(default=30)
    po_required = models.BooleanField(default=False)
    on_stop = models.BooleanField(default=False, help_text="No new bookings until paid")
    opened_on = models.DateField(auto_now_add=True)


class AuthorisedBooker(models.Model):
    account = models.ForeignKey(BusinessAccount, on_delete=models.CASCADE, related_name="bookers")
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=120)
    email = models.EmailField()
    direct_line = models.CharField(max_length=20, blank=True)
    job_title = models.CharField(max_length=80, blank=True)
    cost_centre = models.CharField(max_length=20, blank=True)
    is_active = models.BooleanField(default=True)


class Passenger(models.Model):
    account = models.ForeignKey(
        BusinessAccount, on_delete=models.CASCADE, related_name="passengers"
    )
    name = models.CharField(max_length=120)
    mobile = models.CharField(max_length=20)
    home_address = models.TextField(blank=True)
    needs_wheelchair_vehicle = models.BooleanField(default=False)
    notes_for_driver = models.TextField(blank=True)

    def __str__(self):
        return self.name


class JourneyStatus(models.TextChoices):
    BOOKED = "booked"
    DISPATCHED = "dispatched"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Journey(models.Model):
    account = models.ForeignKey(BusinessAccount, on_delete=models.PROTECT)
    booked_by = models.ForeignKey(AuthorisedBooker, on_delete=models.SET_NULL, null=True)
    passenger = models.ForeignKey(Passenger, on_delete=models.PROTECT)
    pickup_at = models.DateTimeField()
    pickup_address = models.CharField(max_length=255)
    dropoff_address = models.CharField(max_length=255)
    via = models.JSONField(default=list, blank=True)
    vehicle_type = models.CharField(max_length=20, default="saloon")
    driver_callsign = models.CharField(max_length=8, blank=True)
    status = models.CharField(max_length=12, choices=JourneyStatus.choices, default=JourneyStatus.BOOKED)
    fare = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    waiting_minutes = models.PositiveSmallIntegerField(default=0)
    po_number = models.CharField(max_length=30, blank=True)
