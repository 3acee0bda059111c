"""Billing records for the SaaS product: plans, customers, subscriptions and invoices."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Interval(models.TextChoices):
    MONTH = "month", "Monthly"
    YEAR = "year", "Yearly"


class SubscriptionStatus(models.TextChoices):
    TRIALING = "trialing"
    ACTIVE = "active"
    PAST_DUE = "past_due"
    CANCELED = "canceled"


class Plan(models.Model):
    code = models.SlugField(unique=True)
    name = models.CharField(max_length=80)
    interval = models.CharField(max_length=8, choices=Interval.choices)
    amount_cents = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="USD")
    trial_days = models.PositiveSmallIntegerField(default=14)
    seat_limit = models.PositiveIntegerField(null=True, blank=True)
    is_public = models.BooleanField(default=True)
    stripe_price_id = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return self.name


class Customer(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="billing"
    )
    billing_email = models.EmailField()
    billing_name = models.CharField(max_length=120)
    address_line1 = models.CharField(max_length=200, blank=True)
    address_line2 = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    postal_code = models.CharField(max_length=20, blank=True)
    country = models.CharField(max_length=2, blank=True)
    tax_exempt = models.BooleanField(default=False)
    balance_cents = models.IntegerField(default=0)
    delinquent = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)


class Subscription(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="subscriptions")
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT)
    status = models.CharField(max_length=16, choices=SubscriptionStatus.choices)
    quantity = models.PositiveIntegerField(default=1)
    current_period_start = models.DateTimeField()
    current_period_end = models.DateTimeField()
    cancel_at_period_end = models.BooleanField(default=False)
    cancellation_reason = models.TextField(blank=True)
    trial_end = models.DateTimeField(null=True, blank=True)


class PaymentMethod(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    brand = models.CharField(max_length=20)
    last4 = models.CharField(max_length=4)
    exp_month = models.PositiveSmallIntegerField()
    exp_year = models.PositiveSmallIntegerField()
    fingerprint = models.CharField(max_length=32)
    is_default = models.BooleanField(default=False)


class Invoice(models.Model):
    number = models.CharField(max_length=32, unique=True)
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE)
    subtotal_cents = models.IntegerField()
    tax_cents = models.IntegerField(default=0)
    total_cents = models.IntegerField()
    paid = models.BooleanField(default=False)
    hosted_invoice_url = models.URLField(blank=True)
    pdf = models.FileField(upload_to="invoices/%Y/%m/", blank=True)
    issued_at = models.DateTimeField()


class UsageRecord(models.Model):
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE)
    metric = models.CharField(max_length=40)
    quantity = models.PositiveIntegerField()
    recorded_at = models.DateTimeField(db_index=True)
    idempotency_key = models.CharField(max_length=64, unique=True)
