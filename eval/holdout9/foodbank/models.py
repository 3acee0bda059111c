from django.conf import settings
from django.db import models


class ReferralReason(models.TextChoices):
    BENEFIT_DELAY = "benefit_delay", "Benefit delay"
    BENEFIT_CHANGE = "benefit_change", "Benefit change"
    LOW_INCOME = "low_income", "Low income"
    DEBT = "debt", "Debt"
    SICKNESS = "sickness", "Sickness"
    HOMELESS = "homeless", "Homeless"
    OTHER = "other", "Other"


class ReferralAgency(models.Model):
    name = models.CharField(max_length=150)
    agency_type = models.CharField(max_length=40)  # GP surgery, Citizens Advice, school, housing
    contact_name = models.CharField(max_length=120)
    contact_email = models.EmailField()
    phone = models.CharField(max_length=32, blank=True)
    is_active = models.BooleanField(default=True)


class DistributionCentre(models.Model):
    name = models.CharField(max_length=100)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    what3words = models.CharField(max_length=60, blank=True)
    opening_times = models.CharField(max_length=200)
    has_chiller = models.BooleanField(default=False)


class Client(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField(null=True, blank=True)
    phone = models.CharField(max_length=32, blank=True)
    address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    household_adults = models.PositiveSmallIntegerField(default=1)
    household_children = models.PositiveSmallIntegerField(default=0)
    children_ages = models.CharField(max_length=60, blank=True, help_text="e.g. 2, 7, 11")
    dietary_requirements = models.CharField(max_length=200, blank=True)
    no_cooking_facilities = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class Voucher(models.Model):
    code = models.CharField(max_length=10, unique=True)
    agency = models.ForeignKey(ReferralAgency, on_delete=models.PROTECT)
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="vouchers")
    referrer_name = models.CharField(max_length=120)
    reason = models.CharField(max_length=20, choices=ReferralReason.choices)
    notes = models.TextField(blank=True)
    issued_on = models.DateField(auto_now_add=True)
    expires_on = models.DateField()
    redeemed_at = models.DateTimeField(null=True, blank=True)
    redeemed_centre = models.ForeignKey(DistributionCentre, null=True, blank=True, on_delete=models.SET_NULL)


class Parcel(models.Model):
    voucher = models.OneToOneField(Voucher, on_delete=models.CASCADE)
    parcel_type = models.CharField(max_length=20, default="standard")  # standard, kettle_box, baby
    packed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    delivery_required = models.BooleanField(default=False)
    delivery_address = models.TextField(blank=True)
    collected = models.BooleanField(default=False)
    weight_kg = models.DecimalField(max_digits=5, decimal_places=1, null=True)
