from django.conf import settings
from django.db import models


class BookingStatus(models.TextChoices):
    PROVISIONAL = "provisional", "Provisional"
    CONFIRMED = "confirmed", "Confirmed"
    CANCELLED = "cancelled", "Cancelled"


class Hall(models.Model):
    name = models.CharField(max_length=120)
    address_line1 = models.CharField(max_length=200)
    postcode = models.CharField(max_length=10)
    bookings_email = models.EmailField()
    caretaker_name = models.CharField(max_length=120)
    caretaker_phone = models.CharField(max_length=20)
    capacity = models.PositiveIntegerField()
    key_safe_code = models.CharField(max_length=8)
    charity_number = models.CharField(max_length=12, blank=True)


class Room(models.Model):
    hall = models.ForeignKey(Hall, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(max_length=80)
    floor_area_m2 = models.DecimalField(max_digits=6, decimal_places=1)
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)
    step_free = models.BooleanField(default=True)
    kitchen_access = models.BooleanField(default=False)


class Hirer(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    title = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    group_name = models.CharField(max_length=120, blank=True)
    email = models.EmailField()
    phone = models.CharField(max_length=20)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    is_regular = models.BooleanField(default=False)
    barred = models.BooleanField(default=False)
    deposit_held = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    created_at = models.DateTimeField(auto_now_add=True)


class Booking(models.Model):
    room = models.ForeignKey(Room, on_delete=models.PROTECT)
    hirer = models.ForeignKey(Hirer, on_delete=models.PROTECT, related_name="bookings")
    status = models.CharField(
        max_length=12, choices=BookingStatus.choices, default=BookingStatus.PROVISIONAL
    )
    event_type = models.CharField(max_length=60)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    expected_guests = models.PositiveIntegerField()
    alcohol_served = models.BooleanField(default=False)
    quoted_price = models.DecimalField(max_digits=7, decimal_places=2)
    invoice_number = models.CharField(max_length=20, blank=True)
    special_requirements = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]


class KeyLoan(models.Model):
    booking = models.ForeignKey(Booking, on_delete=models.CASCADE)
    collected_by = models.CharField(max_length=120)
    collected_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True, blank=True)
    fob_serial = models.CharField(max_length=30)
