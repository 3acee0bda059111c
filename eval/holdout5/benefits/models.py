"""Claims for the council's cost-of-living support scheme."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Scheme(models.Model):
    code = models.CharField(max_length=20, unique=True)
    title = models.CharField(max_length=200)
    opens_on = models.DateField()
    closes_on = models.DateField(null=True, blank=True)
    weekly_amount = models.DecimalField(max_digits=8, decimal_places=2)
    income_threshold = models.DecimalField(max_digits=10, decimal_places=2)
    requires_evidence = models.BooleanField(default=True)
    guidance_url = models.URLField()


class Applicant(models.Model):
    account = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    title = models.CharField(max_length=10, blank=True)
    forenames = models.CharField(max_length=120)
    surname = models.CharField(max_length=80)
    previous_surname = models.CharField(max_length=80, blank=True)
    date_of_birth = models.DateField()
    ni_number = models.CharField("National Insurance number", max_length=9)
    nationality = models.CharField(max_length=60)
    immigration_status = models.CharField(max_length=60, blank=True)
    relationship_status = models.CharField(max_length=20)
    preferred_language = models.CharField(max_length=40, default="English")
    needs_interpreter = models.BooleanField(default=False)
    phone = models.CharField(max_length=20)
    email = models.EmailField(blank=True)
    uprn = models.CharField("Property reference", max_length=12, blank=True)
    house_number = models.CharField(max_length=20)
    street = models.CharField(max_length=120)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=8)
    years_at_address = models.PositiveSmallIntegerField(default=0)


class Household(models.Model):
    applicant = models.OneToOneField(Applicant, on_delete=models.CASCADE)
    adults = models.PositiveSmallIntegerField(default=1)
    children_under_16 = models.PositiveSmallIntegerField(default=0)
    tenure = models.CharField(max_length=20)
    monthly_rent = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    council_tax_band = models.CharField(max_length=1, blank=True)
    anyone_disabled = models.BooleanField(default=False)


class IncomeSource(models.Model):
    applicant = models.ForeignKey(Applicant, on_delete=models.CASCADE, related_name="incomes")
    kind = models.CharField(max_length=30)
    employer_name = models.CharField(max_length=120, blank=True)
    gross_monthly = models.DecimalField(max_digits=10, decimal_places=2)
    frequency = models.CharField(max_length=12, default="monthly")


class Claim(models.Model):
    reference = models.CharField(max_length=14, unique=True)
    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT)
    applicant = models.ForeignKey(Applicant, on_delete=models.PROTECT)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decision = models.CharField(max_length=12, blank=True)
    decision_reason = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    award_amount = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    payee_account_name = models.CharField(max_length=120, blank=True)
    payee_sort_code = models.CharField(max_length=8, blank=True)
    payee_account_number = models.CharField(max_length=8, blank=True)
    caseworker_notes = models.TextField(blank=True)


class EvidenceDocument(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    doc_type = models.CharField(max_length=30)
    upload = models.FileField(upload_to="evidence/%Y/")
    checksum = models.CharField(max_length=64)
    verified = models.BooleanField(default=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)
