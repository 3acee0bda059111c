from decimal import Decimal

from django.conf import settings
from django.db import models


class MembershipTier(models.TextChoices):
    PAY_AS_YOU_FEEL = "payf", "Pay as you feel"
    STANDARD = "standard", "Standard"
    SUPPORTER = "supporter", "Supporter"


class ItemCondition(models.TextChoices):
    GOOD = "good", "Good"
    WORN = "worn", "Worn but working"
    NEEDS_REPAIR = "repair", "Needs repair"
    RETIRED = "retired", "Retired"


class Branch(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=32, blank=True)
    email = models.EmailField(blank=True)
    opening_hours = models.JSONField(default=dict, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)

    class Meta:
        verbose_name_plural = "branches"

    def __str__(self):
        return self.name


class Member(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="library_member"
    )
    card_number = models.CharField(max_length=12, unique=True)
    preferred_name = models.CharField(max_length=80, blank=True)
    phone = models.CharField(max_length=32)
    address_line_1 = models.CharField(max_length=120)
    address_line_2 = models.CharField(max_length=120, blank=True)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=10)
    home_branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="members")
    tier = models.CharField(
        max_length=12, choices=MembershipTier.choices, default=MembershipTier.STANDARD
    )
    id_checked = models.BooleanField(default=False, help_text="Proof of address seen at desk")
    deposit_held = models.DecimalField(max_digits=7, decimal_places=2, default=Decimal("0.00"))
    is_suspended = models.BooleanField(default=False)
    joined_on = models.DateField(auto_now_add=True)
    newsletter = models.BooleanField(default=False)

    def __str__(self):
        return self.card_number


class Item(models.Model):
    name = models.CharField(max_length=120)
    category = models.CharField(max_length=40, db_index=True)
    description = models.TextField(blank=True)
    brand = models.CharField(max_length=60, blank=True)
    serial_number = models.CharField(max_length=60, blank=True)
    condition = models.CharField(
        max_length=10, choices=ItemCondition.choices, default=ItemCondition.GOOD
    )
    condition_notes = models.TextField(blank=True)
    pat_tested_on = models.DateField(null=True, blank=True)
    replacement_value = models.DecimalField(max_digits=8, decimal_places=2)
    weekly_fee = models.DecimalField(max_digits=6, decimal_places=2, default=Decimal("1.00"))
    photo = models.ImageField(upload_to="items/", blank=True)
    donated_by = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="donations"
    )
    branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="items")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class Loan(models.Model):
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="loans")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="loans")
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    borrowed_at = models.DateTimeField(auto_now_add=True)
    due_back = models.DateField()
    returned_at = models.DateTimeField(null=True, blank=True)
    late_fee = models.DecimalField(max_digits=6, decimal_places=2, default=Decimal("0.00"))
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-borrowed_at"]


class Reservation(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reservations")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="reservations")
    collect_on = models.DateField()
    status = models.CharField(max_length=12, default="pending")
    created_at = models.DateTimeField(auto_now_add=True)
