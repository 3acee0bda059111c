from django.conf import settings
from django.db import models


class FosteringService(models.Model):
    name = models.CharField(max_length=120)
    ofsted_urn = models.CharField(max_length=12, unique=True)
    office_address = models.TextField()
    duty_phone = models.CharField(max_length=20)
    finance_email = models.EmailField()
    weekly_rate_band_a = models.DecimalField(max_digits=8, decimal_places=2)
    weekly_rate_band_b = models.DecimalField(max_digits=8, decimal_places=2)
    mileage_rate = models.DecimalField(max_digits=4, decimal_places=2, default=0.45)


class Carer(models.Model):
    LEVELS = [("1", "Level 1"), ("2", "Level 2"), ("3", "Level 3")]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    service = models.ForeignKey(FosteringService, on_delete=models.PROTECT)
    carer_number = models.CharField(max_length=16, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    ni_number = models.CharField(max_length=9, blank=True)
    home_address = models.TextField()
    postcode = models.CharField(max_length=8)
    mobile = models.CharField(max_length=20)
    email = models.EmailField()
    second_carer = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)
    approved_on = models.DateField(null=True)
    approved_places = models.PositiveSmallIntegerField(default=1)
    fee_level = models.CharField(max_length=1, choices=LEVELS, default="1")
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name"]


class Placement(models.Model):
    carer = models.ForeignKey(Carer, on_delete=models.PROTECT, related_name="placements")
    child_reference = models.CharField(max_length=20)
    child_date_of_birth = models.DateField()
    placement_type = models.CharField(max_length=20)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    disability_supplement = models.BooleanField(default=False)
    weekly_allowance = models.DecimalField(max_digits=8, decimal_places=2)


class AllowancePayment(models.Model):
    STATUS = [("pending", "Pending"), ("sent", "Sent"), ("failed", "Failed")]

    carer = models.ForeignKey(Carer, on_delete=models.PROTECT)
    placement = models.ForeignKey(Placement, null=True, on_delete=models.SET_NULL)
    period_start = models.DateField()
    period_end = models.DateField()
    amount = models.DecimalField(max_digits=9, decimal_places=2)
    sort_code = models.CharField(max_length=8)
    account_number = models.CharField(max_length=8)
    remittance_reference = models.CharField(max_length=18)
    status = models.CharField(max_length=10, choices=STATUS, default="pending")
    paid_on = models.DateField(null=True)


class MileageClaim(models.Model):
    carer = models.ForeignKey(Carer, on_delete=models.CASCADE)
    journey_date = models.DateField()
    from_postcode = models.CharField(max_length=8)
    to_postcode = models.CharField(max_length=8)
    miles = models.DecimalField(max_digits=6, decimal_places=1)
    purpose = models.TextField()
    receipt = models.FileField(upload_to="receipts/", blank=True)
    approved = models.BooleanField(default=False)
