"""Airline frequent-flyer programme: members, tiers, accruals and redemptions."""

from django.conf import settings
from django.db import models


class Tier(models.Model):
    code = models.CharField(max_length=8, unique=True)
    name = models.CharField(max_length=40)
    qualifying_miles = models.PositiveIntegerField()
    lounge_access = models.BooleanField(default=False)
    colour_hex = models.CharField(max_length=7)


class Member(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    ffn = models.CharField("frequent flyer number", max_length=12, unique=True)
    title = models.CharField(max_length=10, blank=True)
    given_names = models.CharField(max_length=80)
    surname = models.CharField(max_length=80)
    name_on_passport = models.CharField(max_length=120)
    date_of_birth = models.DateField()
    nationality = models.CharField(max_length=2)
    passport_no = models.CharField(max_length=20, blank=True)
    passport_expiry = models.DateField(null=True, blank=True)
    known_traveller_number = models.CharField(max_length=15, blank=True)
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    tier = models.CharField(max_length=8, default="blue")
    miles_balance = models.IntegerField(default=0)
    ok_to_email_offers = models.BooleanField(default=False)
    partner_offers = models.BooleanField(default=False)
    enrolled_at = models.DateTimeField(auto_now_add=True)
    is_suspended = models.BooleanField(default=False)


class Accrual(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="accruals")
    flight_number = models.CharField(max_length=8)
    origin = models.CharField(max_length=3)
    destination = models.CharField(max_length=3)
    cabin = models.CharField(max_length=1)
    miles = models.IntegerField()
    posted_at = models.DateTimeField(auto_now_add=True)
    booking_reference = models.CharField(max_length=6)


class Redemption(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    reward_code = models.CharField(max_length=20)
    points = models.IntegerField()
    status = models.CharField(max_length=12)
    beneficiary_name = models.CharField(max_length=120)
    beneficiary_date_of_birth = models.DateField(null=True)


class ProgrammeConfig(models.Model):
    partner_api_key = models.CharField(max_length=64)
    statement_sender_email = models.EmailField()
    tier_review_month = models.PositiveSmallIntegerField(default=1)
    miles_expiry_months = models.PositiveSmallIntegerField(default=36)
