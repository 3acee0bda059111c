from django.conf import settings
from django.db import models


class Employer(models.Model):
    name = models.CharField(max_length=200)
    paye_reference = models.CharField(max_length=14, unique=True)
    levy_account_id = models.CharField(max_length=20, unique=True)
    annual_pay_bill = models.DecimalField(max_digits=14, decimal_places=2)
    contact_name = models.CharField(max_length=120)
    contact_email = models.EmailField()
    registered_address = models.TextField()
    levy_balance = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    is_levy_payer = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class TrainingProvider(models.Model):
    ukprn = models.CharField("UK provider reference number", max_length=8, unique=True)
    trading_name = models.CharField(max_length=200)
    ofsted_grade = models.PositiveSmallIntegerField(null=True, blank=True)
    funding_band_cap = models.DecimalField(max_digits=8, decimal_places=2)
    account_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )


class Apprentice(models.Model):
    ETHNICITY_CHOICES = [
        ("31", "White - English/Welsh/Scottish/Northern Irish/British"),
        ("34", "Mixed - White and Black Caribbean"),
        ("39", "Asian - Indian"),
        ("44", "Black - African"),
        ("98", "Prefer not to say"),
    ]

    uln = models.CharField("Unique learner number", max_length=10, unique=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    date_of_birth = models.DateField()
    ni_number = models.CharField(max_length=9, blank=True)
    email = models.EmailField()
    mobile = models.CharField(max_length=20, blank=True)
    home_postcode = models.CharField(max_length=8)
    ethnicity = models.CharField(max_length=2, choices=ETHNICITY_CHOICES)
    has_learning_difficulty = models.BooleanField(default=False)
    prior_attainment_level = models.PositiveSmallIntegerField()
    employer = models.ForeignKey(Employer, on_delete=models.PROTECT, related_name="apprentices")
    job_title = models.CharField(max_length=120)
    created_at = models.DateTimeField(auto_now_add=True)


class Commitment(models.Model):
    STATUS_CHOICES = [
        ("live", "Live"),
        ("paused", "Paused"),
        ("stopped", "Stopped"),
        ("completed", "Completed"),
    ]

    apprentice = models.ForeignKey(Apprentice, on_delete=models.PROTECT, related_name="commitments")
    provider = models.ForeignKey(TrainingProvider, on_delete=models.PROTECT)
    standard_code = models.PositiveIntegerField()
    agreed_price = models.DecimalField(max_digits=8, decimal_places=2)
    start_date = models.DateField()
    end_date = models.DateField()
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default="live")
    stop_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class LevyDeclaration(models.Model):
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="declarations")
    payroll_month = models.DateField()
    levy_due_year_to_date = models.DecimalField(max_digits=12, decimal_places=2)
    english_fraction = models.DecimalField(max_digits=5, decimal_places=4, default=1)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    submitted_at = models.DateTimeField()


class Payment(models.Model):
    commitment = models.ForeignKey(Commitment, on_delete=models.PROTECT, related_name="payments")
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    transaction_type = models.CharField(max_length=20)
    collection_period = models.CharField(max_length=7)
    paid_at = models.DateTimeField(null=True, blank=True)
