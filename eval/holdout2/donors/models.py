"""Supporter records of a faith-based charity: donors, gifts, Gift Aid and campaigns."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Campaign(models.Model):
    name = models.CharField(max_length=150)
    slug = models.SlugField(unique=True)
    appeal_code = models.CharField(max_length=12, unique=True)
    target_amount = models.DecimalField(max_digits=12, decimal_places=2)
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    thank_you_template = models.CharField(max_length=100, default="emails/thanks.html")
    is_live = models.BooleanField(default=True)


class Supporter(models.Model):
    TITLE_CHOICES = [("mr", "Mr"), ("ms", "Ms"), ("mx", "Mx"), ("dr", "Dr"), ("rev", "Revd")]

    supporter_number = models.CharField(max_length=10, unique=True)
    forenames = models.CharField(max_length=100)
    surname = models.CharField(max_length=100)
    salutation = models.CharField(max_length=120, blank=True)
    email = models.EmailField(blank=True)
    landline = models.CharField(max_length=20, blank=True)
    house_name_number = models.CharField(max_length=60)
    street = models.CharField(max_length=120)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    country = models.CharField(max_length=2, default="GB")
    denomination = models.CharField(max_length=40, blank=True)
    ok_to_post = models.BooleanField(default=True)
    ok_to_email = models.BooleanField(default=False)
    ok_to_phone = models.BooleanField(default=False)
    estimated_capacity = models.CharField(max_length=20, blank=True)
    account_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)


class Donation(models.Model):
    METHOD_CHOICES = [("card", "Card"), ("dd", "Direct Debit"), ("cheque", "Cheque")]

    supporter = models.ForeignKey(Supporter, on_delete=models.PROTECT, related_name="donations")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.SET_NULL)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    method = models.CharField(max_length=10, choices=METHOD_CHOICES)
    received_on = models.DateField()
    processor_charge_id = models.CharField(max_length=64, blank=True)
    anonymous = models.BooleanField(default=False)
    receipt_sent = models.BooleanField(default=False)


class GiftAidDeclaration(models.Model):
    supporter = models.ForeignKey(Supporter, on_delete=models.CASCADE)
    declared_on = models.DateField()
    covers_past_four_years = models.BooleanField(default=True)
    cancelled_on = models.DateField(null=True, blank=True)
    declaration_text_version = models.CharField(max_length=10)


class DirectDebitMandate(models.Model):
    supporter = models.ForeignKey(Supporter, on_delete=models.CASCADE)
    account_holder = models.CharField(max_length=18)
    sort_code = models.CharField(max_length=6)
    account_number = models.CharField(max_length=8)
    monthly_amount = models.DecimalField(max_digits=8, decimal_places=2)
    collection_day = models.PositiveSmallIntegerField(default=1)
    bacs_reference = models.CharField(max_length=18, unique=True)
    active = models.BooleanField(default=True)


class ContactNote(models.Model):
    supporter = models.ForeignKey(Supporter, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    channel = models.CharField(max_length=10)
    body = models.TextField()
    follow_up_on = models.DateField(null=True, blank=True)
