from django.conf import settings
from django.db import models


class Shop(models.Model):
    name = models.CharField(max_length=100)
    address = models.TextField()
    postcode = models.CharField(max_length=8)
    phone = models.CharField(max_length=20)
    manager = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    till_count = models.PositiveSmallIntegerField(default=1)


class Donor(models.Model):
    donor_number = models.CharField(max_length=10, unique=True)
    title = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=60)
    surname = models.CharField(max_length=60)
    house_name_or_number = models.CharField(max_length=60)
    postcode = models.CharField(max_length=8)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20, blank=True)
    is_uk_taxpayer = models.BooleanField(default=True)
    declaration_signed_at = models.DateTimeField()
    declaration_method = models.CharField(max_length=10, default="paper")
    home_shop = models.ForeignKey(Shop, on_delete=models.PROTECT)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    appeal_mailings = models.BooleanField(default=False)


class DonatedItem(models.Model):
    donor = models.ForeignKey(Donor, on_delete=models.PROTECT, related_name="items")
    shop = models.ForeignKey(Shop, on_delete=models.PROTECT)
    tag_code = models.CharField(max_length=14, unique=True)
    category = models.CharField(max_length=30)
    received_at = models.DateTimeField(auto_now_add=True)
    sold_price = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    sold_at = models.DateTimeField(null=True)


class DonorStatement(models.Model):
    donor = models.ForeignKey(Donor, on_delete=models.CASCADE, related_name="statements")
    tax_year = models.CharField(max_length=7)
    total_proceeds = models.DecimalField(max_digits=9, decimal_places=2)
    sent_at = models.DateTimeField(null=True)
    donor_agreed = models.BooleanField(null=True)


class ClaimBatch(models.Model):
    submitted_at = models.DateTimeField(null=True)
    hmrc_correlation_id = models.CharField(max_length=40, blank=True)
    total_claimed = models.DecimalField(max_digits=12, decimal_places=2)
    donor_count = models.PositiveIntegerField()
    status = models.CharField(max_length=16, default="draft")


class Volunteer(models.Model):
    name = models.CharField(max_length=120)
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="volunteers")
    usual_days = models.CharField(max_length=30, blank=True)
    dbs_checked = models.BooleanField(default=False)
