from django.conf import settings
from django.db import models


class Member(models.Model):
    STATUS = [("active", "Active"), ("withdrawn", "Withdrawn"), ("deceased", "Deceased")]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    membership_number = models.CharField(max_length=10, unique=True)
    title = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=20, blank=True)
    address = models.TextField()
    postcode = models.CharField(max_length=8)
    date_of_birth = models.DateField()
    shares_held = models.PositiveIntegerField(default=0)
    bank_sort_code = models.CharField(max_length=8, blank=True)
    bank_account_number = models.CharField(max_length=8, blank=True)
    interest_reinvest = models.BooleanField(default=False)
    agm_papers_by_post = models.BooleanField(default=False)
    newsletter = models.BooleanField(default=True)
    joined = models.DateField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=STATUS, default="active")


class ShareOffer(models.Model):
    name = models.CharField(max_length=120)
    opens = models.DateField()
    closes = models.DateField()
    target = models.DecimalField(max_digits=12, decimal_places=2)
    min_investment = models.DecimalField(max_digits=8, decimal_places=2, default=100)
    share_price = models.DecimalField(max_digits=6, decimal_places=2, default=1)


class ShareApplication(models.Model):
    offer = models.ForeignKey(ShareOffer, on_delete=models.PROTECT)
    member = models.ForeignKey(Member, related_name="applications", on_delete=models.CASCADE)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    payment_reference = models.CharField(max_length=18)
    received = models.DateTimeField(auto_now_add=True)


class InterestPayment(models.Model):
    member = models.ForeignKey(Member, related_name="interest_payments", on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField()
    gross_amount = models.DecimalField(max_digits=10, decimal_places=2)
    tax_deducted = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    paid_on = models.DateField(null=True, blank=True)


class Turbine(models.Model):
    name = models.CharField(max_length=60)
    site_postcode = models.CharField(max_length=8)
    grid_reference = models.CharField(max_length=14)
    capacity_kw = models.PositiveIntegerField()
    commissioned = models.DateField()
    scada_password = models.CharField(max_length=64)


class GenerationReading(models.Model):
    turbine = models.ForeignKey(Turbine, related_name="readings", on_delete=models.CASCADE)
    period_start = models.DateTimeField()
    kwh = models.DecimalField(max_digits=10, decimal_places=3)
    availability_pct = models.DecimalField(max_digits=5, decimal_places=2)
