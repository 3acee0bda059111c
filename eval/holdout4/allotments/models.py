"""Sites, plots, members and the waiting list of the allotment society."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Site(models.Model):
    name = models.CharField(max_length=120)
    address_line1 = models.CharField(max_length=200)
    postcode = models.CharField(max_length=10)
    gate_code = models.CharField(max_length=8, blank=True)
    water_meter_ref = models.CharField(max_length=30, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    site_secretary = models.ForeignKey(
        "Member", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Plot(models.Model):
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    CONDITION_CHOICES = [(GOOD, "Good"), (FAIR, "Fair"), (POOR, "Poor")]

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="plots")
    number = models.CharField(max_length=6)
    size_rods = models.DecimalField(max_digits=4, decimal_places=1)
    annual_rent = models.DecimalField(max_digits=7, decimal_places=2)
    has_shed = models.BooleanField(default=False)
    soil_notes = models.TextField(blank=True)
    condition = models.CharField(max_length=8, choices=CONDITION_CHOICES, default=FAIR)
    what3words = models.CharField(max_length=60, blank=True)

    class Meta:
        unique_together = [("site", "number")]


class Member(models.Model):
    STATUS_CHOICES = [("active", "Active"), ("lapsed", "Lapsed"), ("expelled", "Expelled")]

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    membership_no = models.CharField(max_length=12, unique=True)
    forename = models.CharField(max_length=60)
    surname = models.CharField(max_length=60)
    addr_1 = models.CharField("Address line 1", max_length=120)
    addr_2 = models.CharField("Address line 2", max_length=120, blank=True)
    town = models.CharField(max_length=60)
    post_code = models.CharField(max_length=10)
    tel = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    date_joined = models.DateField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default="active")
    accessibility_needs = models.TextField(blank=True)
    newsletter_opt_in = models.BooleanField(default=True)
    key_deposit_paid = models.BooleanField(default=False)

    objects = models.Manager()

    def __str__(self) -> str:
        return f"{self.forename} {self.surname}"


class WaitingListEntry(models.Model):
    applicant_name = models.CharField(max_length=120)
    applicant_email = models.EmailField()
    phone = models.CharField(max_length=20, blank=True)
    preferred_site = models.ForeignKey(Site, null=True, on_delete=models.SET_NULL)
    applied_on = models.DateField(auto_now_add=True)
    position = models.PositiveIntegerField()
    offered = models.BooleanField(default=False)

    class Meta:
        ordering = ["position"]
        verbose_name_plural = "waiting list"


class Inspection(models.Model):
    plot = models.ForeignKey(Plot, on_delete=models.CASCADE, related_name="inspections")
    inspected_on = models.DateField()
    inspector = models.ForeignKey(Member, null=True, on_delete=models.SET_NULL)
    score = models.PositiveSmallIntegerField(help_text="0-10, cultivated share of the plot")
    photo = models.ImageField(upload_to="inspections/%Y/", blank=True)
    comments_to_tenant = models.TextField(blank=True)


class Tenancy(models.Model):
    plot = models.ForeignKey(Plot, on_delete=models.PROTECT)
    tenant = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="tenancies")
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    rent_paid = models.BooleanField(default=False)
    notice_served = models.BooleanField(default=False)
