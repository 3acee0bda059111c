"""Independent fostering agency: carers, placements, visits and allowances (Django)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Agency(models.Model):
    name = models.CharField(max_length=120)
    ofsted_urn = models.CharField(max_length=10)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    duty_phone = models.CharField(max_length=20)
    referrals_email = models.EmailField()
    registered_manager = models.CharField(max_length=120)


class SocialWorker(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    team = models.CharField(max_length=40)
    work_mobile = models.CharField(max_length=20)
    swe_registration = models.CharField(max_length=12)


class Household(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT)
    address_line1 = models.CharField(max_length=120)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    bedrooms_available = models.PositiveSmallIntegerField()
    has_pets = models.BooleanField(default=False)
    approval_date = models.DateField(null=True)


class FosterCarer(models.Model):
    household = models.ForeignKey(Household, on_delete=models.CASCADE)
    full_name = models.CharField(max_length=120)
    date_of_birth = models.DateField()
    ni_number = models.CharField(max_length=9)
    mobile = models.CharField(max_length=20)
    email = models.EmailField()
    occupation = models.CharField(max_length=80)
    religion = models.CharField(max_length=40, blank=True)
    smoker = models.BooleanField(default=False)
    dbs_issue_date = models.DateField(null=True)
    supervising_social_worker = models.ForeignKey(SocialWorker, on_delete=models.PROTECT)


class Child(models.Model):
    legal_name = models.CharField(max_length=120)
    preferred_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=20)
    ethnicity = models.CharField(max_length=40)
    first_language = models.CharField(max_length=40)
    school = models.CharField(max_length=120)
    has_ehcp = models.BooleanField(default=False)
    allergies = models.TextField(blank=True)
    legal_status = models.CharField(max_length=20)
    social_worker = models.ForeignKey(SocialWorker, on_delete=models.PROTECT)


class Placement(models.Model):
    child = models.ForeignKey(Child, on_delete=models.PROTECT)
    carer = models.ForeignKey(FosterCarer, on_delete=models.PROTECT)
    started_on = models.DateField()
    ended_on = models.DateField(null=True)
    end_reason = models.CharField(max_length=20, choices=[("return", "Return home"), ("adopt", "Adoption")])
    weekly_allowance = models.DecimalField(max_digits=7, decimal_places=2)


class HomeVisit(models.Model):
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE)
    visited_on = models.DateField()
    unannounced = models.BooleanField(default=False)
    child_seen_alone = models.BooleanField(default=False)
    observations = models.TextField()
    wishes_and_feelings = models.TextField(blank=True)
