"""Guest lists and RSVPs of a wedding-planning site (Django)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Wedding(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    partner_one_name = models.CharField(max_length=120)
    partner_two_name = models.CharField(max_length=120)
    date = models.DateField()
    venue_name = models.CharField(max_length=160)
    venue_address = models.TextField()
    rsvp_deadline = models.DateField()
    website_slug = models.SlugField(unique=True)
    theme = models.CharField(max_length=30, default="classic")
    budget = models.DecimalField(max_digits=9, decimal_places=2, null=True)


class Guest(models.Model):
    wedding = models.ForeignKey(Wedding, on_delete=models.CASCADE, related_name="guests")
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20, blank=True)
    postal_address = models.TextField(blank=True)
    side = models.CharField(max_length=10, choices=[("one", "Partner one"), ("two", "Partner two")])
    relationship = models.CharField(max_length=40, blank=True)
    is_child = models.BooleanField(default=False)
    age_if_child = models.PositiveSmallIntegerField(null=True, blank=True)
    plus_one_allowed = models.BooleanField(default=False)
    plus_one_name = models.CharField(max_length=120, blank=True)
    food_allergies = models.CharField(max_length=200, blank=True)
    wheelchair_user = models.BooleanField(default=False)
    table = models.ForeignKey("Table", null=True, blank=True, on_delete=models.SET_NULL)
    invite_sent = models.BooleanField(default=False)
    invite_token = models.CharField(max_length=40, unique=True)


class Table(models.Model):
    wedding = models.ForeignKey(Wedding, on_delete=models.CASCADE)
    number = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=40, blank=True)
    seats = models.PositiveSmallIntegerField(default=8)
    shape = models.CharField(max_length=10, default="round")


class Rsvp(models.Model):
    guest = models.OneToOneField(Guest, on_delete=models.CASCADE)
    attending = models.BooleanField()
    meal_choice = models.CharField(max_length=20)
    song_request = models.CharField(max_length=120, blank=True)
    message_to_couple = models.TextField(blank=True)
    responded_at = models.DateTimeField(auto_now_add=True)
    responded_from_ip = models.GenericIPAddressField(null=True)


class Supplier(models.Model):
    wedding = models.ForeignKey(Wedding, on_delete=models.CASCADE)
    category = models.CharField(max_length=30)
    business_name = models.CharField(max_length=120)
    contact_phone = models.CharField(max_length=20)
    quote = models.DecimalField(max_digits=8, decimal_places=2)
    deposit_paid = models.BooleanField(default=False)
    booked = models.BooleanField(default=False)
