from django.conf import settings
from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=120)
    address_line_1 = models.CharField(max_length=120)
    city = models.CharField(max_length=60)
    box_office_phone = models.CharField(max_length=20)
    seating_capacity = models.PositiveIntegerField()
    timezone = models.CharField(max_length=40, default="Europe/London")


class Production(models.Model):
    title = models.CharField(max_length=200)
    company = models.CharField(max_length=120)
    director = models.CharField(max_length=120, blank=True)
    opens_on = models.DateField()
    closes_on = models.DateField()
    running_time_mins = models.PositiveSmallIntegerField()
    age_guidance = models.CharField(max_length=10, blank=True)
    description = models.TextField()


class Performance(models.Model):
    production = models.ForeignKey(Production, on_delete=models.CASCADE, related_name="performances")
    venue = models.ForeignKey(Venue, on_delete=models.PROTECT)
    starts_at = models.DateTimeField()
    relaxed = models.BooleanField(default=False)
    captioned = models.BooleanField(default=False)
    bsl_interpreted = models.BooleanField(default=False)
    status = models.CharField(max_length=12, default="on_sale")


class Seat(models.Model):
    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="seats")
    section = models.CharField(max_length=20)
    row = models.CharField(max_length=3)
    number = models.PositiveSmallIntegerField()
    wheelchair_space = models.BooleanField(default=False)
    price_band = models.CharField(max_length=1)


class Patron(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    title = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=20, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    friend_tier = models.CharField(max_length=10, blank=True)
    access_needs = models.TextField(blank=True)
    companion_ticket_eligible = models.BooleanField(default=False)
    email_opt_in = models.BooleanField(default=False)
    lifetime_spend = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    last_booking_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)


class Booking(models.Model):
    reference = models.CharField(max_length=10, unique=True)
    patron = models.ForeignKey(Patron, on_delete=models.PROTECT, related_name="bookings")
    performance = models.ForeignKey(Performance, on_delete=models.PROTECT)
    seats = models.ManyToManyField(Seat)
    booked_at = models.DateTimeField(auto_now_add=True)
    total = models.DecimalField(max_digits=8, decimal_places=2)
    payment_status = models.CharField(max_length=12)
    card_last4 = models.CharField(max_length=4, blank=True)
    collection_name = models.CharField(max_length=120, blank=True)
    special_requests = models.TextField(blank=True)
