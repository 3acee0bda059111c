from django.conf import settings
from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    enquiries_email = models.EmailField()
    capacity_seated = models.PositiveIntegerField()
    capacity_standing = models.PositiveIntegerField()
    licensed_for_ceremonies = models.BooleanField(default=True)
    premises_licence_number = models.CharField(max_length=30, blank=True)


class Enquiry(models.Model):
    STATUS_CHOICES = [
        ("new", "New"),
        ("contacted", "Contacted"),
        ("viewing", "Viewing booked"),
        ("held", "Date on hold"),
        ("booked", "Booked"),
        ("lost", "Lost"),
    ]
    CEREMONY_CHOICES = [
        ("civil", "Civil ceremony"),
        ("religious", "Religious blessing"),
        ("humanist", "Humanist"),
        ("reception_only", "Reception only"),
    ]

    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="enquiries")
    partner_one_name = models.CharField(max_length=120)
    partner_two_name = models.CharField(max_length=120, blank=True)
    email = models.EmailField()
    phone = models.CharField(max_length=20, blank=True)
    wedding_date = models.DateField(null=True, blank=True)
    flexible_on_date = models.BooleanField(default=False)
    guest_count = models.PositiveIntegerField(null=True, blank=True)
    budget = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    ceremony_type = models.CharField(max_length=20, choices=CEREMONY_CHOICES, blank=True)
    heard_about_us = models.CharField(max_length=60, blank=True)
    message = models.TextField(blank=True)
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default="new")
    assigned_coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    marketing_opt_in = models.BooleanField(default=False)
    source_ip = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Viewing(models.Model):
    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="viewings")
    scheduled_for = models.DateTimeField()
    attended = models.BooleanField(null=True)
    coordinator_notes = models.TextField(blank=True)
    deposit_paid = models.BooleanField(default=False)


class Supplier(models.Model):
    business_name = models.CharField(max_length=120)
    category = models.CharField(max_length=40)
    contact_person = models.CharField(max_length=120, blank=True)
    contact_email = models.EmailField()
    phone = models.CharField(max_length=20)
    website = models.URLField(blank=True)
    commission_rate = models.DecimalField(max_digits=4, decimal_places=2, default=0)
