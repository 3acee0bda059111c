"""Venues, programme and the loyalty scheme of a small cinema chain."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import models

User = get_user_model()


class Cinema(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)
    address = models.CharField(max_length=200)
    city = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    box_office_phone = models.CharField(max_length=20)
    screens = models.PositiveSmallIntegerField(default=1)
    lat = models.FloatField()
    lng = models.FloatField()


class Film(models.Model):
    title = models.CharField(max_length=200)
    certificate = models.CharField(
        max_length=4, choices=[(c, c) for c in ("U", "PG", "12A", "15", "18")]
    )
    runtime_minutes = models.PositiveSmallIntegerField()
    director = models.CharField(max_length=120, blank=True)
    synopsis = models.TextField(blank=True)
    release_date = models.DateField(null=True)
    poster = models.ImageField(upload_to="posters/", blank=True)


class Screening(models.Model):
    cinema = models.ForeignKey(Cinema, on_delete=models.CASCADE)
    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="screenings")
    starts_at = models.DateTimeField(db_index=True)
    screen_no = models.PositiveSmallIntegerField()
    subtitled = models.BooleanField(default=False)
    relaxed = models.BooleanField(default=False, help_text="Lights up, sound down")


class LoyaltyMember(models.Model):
    TIERS = [("blue", "Blue"), ("silver", "Silver"), ("gold", "Gold")]

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="loyalty")
    card_number = models.CharField(max_length=16, unique=True)
    points_balance = models.PositiveIntegerField(default=0)
    tier = models.CharField(max_length=8, choices=TIERS, default="blue")
    birthday = models.DateField(null=True, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    inferred_genres = models.JSONField(default=list, blank=True)
    email_offers = models.BooleanField(default=False)
    last_visit = models.DateTimeField(null=True, blank=True)


class Booking(models.Model):
    reference = models.CharField(max_length=10, unique=True)
    screening = models.ForeignKey(Screening, on_delete=models.PROTECT)
    member = models.ForeignKey(LoyaltyMember, null=True, blank=True, on_delete=models.SET_NULL)
    seats = models.JSONField(default=list)
    total = models.DecimalField(max_digits=7, decimal_places=2)
    card_last4 = models.CharField(max_length=4, blank=True)
    booked_at = models.DateTimeField(auto_now_add=True)
    guest_email = models.EmailField(blank=True)
