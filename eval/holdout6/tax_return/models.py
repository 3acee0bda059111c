from django.conf import settings
from django.db import models


class Agent(models.Model):
    firm_name = models.CharField(max_length=160)
    arn = models.CharField("Agent reference number", max_length=12, unique=True)
    contact_email = models.EmailField()
    phone = models.CharField(max_length=20)
    authorised_since = models.DateField(null=True, blank=True)


class Taxpayer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    utr = models.CharField("Unique taxpayer reference", max_length=10, unique=True)
    ni_number = models.CharField(max_length=9, blank=True)
    full_name = models.CharField(max_length=160)
    date_of_birth = models.DateField()
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField()
    marital_status = models.CharField(max_length=20, blank=True)
    blind_persons_allowance = models.BooleanField(default=False)
    agent = models.ForeignKey(Agent, null=True, blank=True, on_delete=models.SET_NULL)
    paperless = models.BooleanField(default=True)


class TaxYear(models.Model):
    label = models.CharField(max_length=7, unique=True)
    starts_on = models.DateField()
    ends_on = models.DateField()
    personal_allowance = models.DecimalField(max_digits=9, decimal_places=2)
    filing_deadline = models.DateField()


class Return(models.Model):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    AMENDED = "amended"

    taxpayer = models.ForeignKey(Taxpayer, on_delete=models.CASCADE, related_name="returns")
    tax_year = models.ForeignKey(TaxYear, on_delete=models.PROTECT)
    status = models.CharField(max_length=10, default=DRAFT)
    employment_income = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    self_employment_profit = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    dividend_income = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    property_income = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    pension_contributions = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    student_loan_plan = models.CharField(max_length=8, blank=True)
    tax_due = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    irmark = models.CharField(max_length=40, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        unique_together = (("taxpayer", "tax_year"),)


class EmploymentSource(models.Model):
    tax_return = models.ForeignKey(Return, on_delete=models.CASCADE, related_name="employments")
    employer_name = models.CharField(max_length=160)
    employer_paye_ref = models.CharField(max_length=14)
    pay_from_employment = models.DecimalField(max_digits=12, decimal_places=2)
    tax_deducted = models.DecimalField(max_digits=12, decimal_places=2)
    benefits_in_kind = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    left_during_year = models.BooleanField(default=False)
