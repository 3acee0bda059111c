"""Membership, classes and check-ins for a chain of gyms."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Club(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    street = models.CharField(max_length=200)
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=30, blank=True)
    opens_at = models.TimeField()
    closes_at = models.TimeField()
    is_24_hour = models.BooleanField(default=False)
    max_occupancy = models.PositiveIntegerField(default=250)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Period(models.TextChoices):
    MONTHLY = "M", _("Monthly")
    ANNUAL = "A", _("Annual")


class MemberTier(models.TextChoices):
    STANDARD = "standard", _("Standard")
    PREMIUM = "premium", _("Premium")
    FROZEN = "frozen", _("Frozen")


class MembershipPlan(models.Model):
    code = models.CharField(max_length=20, unique=True)
    title = models.CharField(max_length=80)
    monthly_price = models.DecimalField(max_digits=7, decimal_places=2)
    joining_fee = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    billing_period = models.CharField(max_length=1, choices=Period.choices)
    off_peak_only = models.BooleanField(default=False)
    guest_passes_per_month = models.PositiveSmallIntegerField(default=0)
    clubs = models.ManyToManyField(Club, related_name="plans")


class Member(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80)
    date_of_birth = models.DateField(null=True, blank=True)
    mobile = models.CharField(max_length=20)
    home_club = models.ForeignKey(Club, on_delete=models.PROTECT)
    plan = models.ForeignKey(MembershipPlan, on_delete=models.PROTECT)
    tier = models.CharField(max_length=10, choices=MemberTier.choices, default=MemberTier.STANDARD)
    access_fob_uid = models.CharField(max_length=32, unique=True)
    photo = models.ImageField(upload_to="members/photos/", blank=True)
    height_cm = models.PositiveSmallIntegerField(null=True, blank=True)
    weight_kg = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    parq_conditions = models.TextField(
        blank=True, help_text=_("Conditions declared on the health questionnaire")
    )
    emergency_contact_name = models.CharField(max_length=120, blank=True)
    emergency_contact_phone = models.CharField(max_length=20, blank=True)
    dd_sort_code = models.CharField(max_length=8)
    dd_account_number = models.CharField(max_length=8)
    marketing_emails = models.BooleanField(default=False)
    referral_code = models.CharField(max_length=12, unique=True)
    joined_at = models.DateTimeField(auto_now_add=True)
    waiver_signed = models.BooleanField(default=False)

    objects = models.Manager()

    class Meta:
        indexes = [models.Index(fields=["last_name", "first_name"])]


class Trainer(models.Model):
    staff = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    bio = models.TextField(blank=True)
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)
    clubs = models.ManyToManyField(Club)


class ClassSession(models.Model):
    club = models.ForeignKey(Club, on_delete=models.CASCADE)
    trainer = models.ForeignKey(Trainer, on_delete=models.SET_NULL, null=True)
    activity = models.CharField(max_length=60)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=45)
    capacity = models.PositiveSmallIntegerField(default=20)
    studio = models.CharField(max_length=40)
    cancelled = models.BooleanField(default=False)


class ClassBooking(models.Model):
    session = models.ForeignKey(ClassSession, on_delete=models.CASCADE, related_name="bookings")
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    booked_at = models.DateTimeField(auto_now_add=True)
    attended = models.BooleanField(null=True)
    waitlist_position = models.PositiveSmallIntegerField(null=True, blank=True)


class CheckIn(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="check_ins")
    club = models.ForeignKey(Club, on_delete=models.CASCADE)
    checked_in_at = models.DateTimeField(db_index=True)
    turnstile = models.CharField(max_length=10)


class WorkoutLog(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    logged_on = models.DateField()
    source_app = models.CharField(max_length=30, blank=True)
    avg_heart_rate = models.PositiveSmallIntegerField(null=True, blank=True)
    resting_heart_rate = models.PositiveSmallIntegerField(null=True, blank=True)


class Equipment(models.Model):
    club = models.ForeignKey(Club, on_delete=models.CASCADE)
    asset_tag = models.CharField(max_length=20, unique=True)
    kind = models.CharField(max_length=40)
    serial_number = models.CharField(max_length=60)
    last_serviced = models.DateField(null=True)
    out_of_order = models.BooleanField(default=False)
