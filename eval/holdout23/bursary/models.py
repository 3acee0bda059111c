from django.conf import settings
from django.db import models


class Scheme(models.Model):
    name = models.CharField(max_length=120)
    budget = models.DecimalField(max_digits=10, decimal_places=2)
    opens = models.DateField()
    closes = models.DateField()
    max_award = models.DecimalField(max_digits=7, decimal_places=2)
    eligibility_text = models.TextField(blank=True)


class Applicant(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    student_number = models.CharField(max_length=10, unique=True)
    legal_name = models.CharField(max_length=150)
    preferred_name = models.CharField(max_length=80, blank=True)
    date_of_birth = models.DateField()
    course = models.CharField(max_length=120)
    year_of_study = models.PositiveSmallIntegerField()
    term_address = models.TextField()
    home_postcode = models.CharField(max_length=10)
    disabled_students_allowance = models.BooleanField(default=False)
    first_in_family_to_university = models.BooleanField(default=False)


class Application(models.Model):
    STATUS_CHOICES = [
        ("draft", "Draft"),
        ("submitted", "Submitted"),
        ("awarded", "Awarded"),
        ("rejected", "Not awarded"),
    ]

    applicant = models.ForeignKey(Applicant, on_delete=models.CASCADE, related_name="applications")
    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT)
    submitted_at = models.DateTimeField(null=True, blank=True)
    household_income = models.DecimalField(max_digits=9, decimal_places=2)
    part_time_earnings = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    monthly_rent = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    savings = models.DecimalField(max_digits=9, decimal_places=2, default=0)
    personal_statement = models.TextField()
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default="draft")
    award_amount = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assessor_comments = models.TextField(blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)


class SupportingDocument(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=30)
    original_filename = models.CharField(max_length=255)
    uploaded_at = models.DateTimeField(auto_now_add=True)


class BankDetails(models.Model):
    applicant = models.OneToOneField(Applicant, on_delete=models.CASCADE, related_name="bank")
    account_name = models.CharField(max_length=80)
    sort_code = models.CharField(max_length=8)
    account_number = models.CharField(max_length=8)
    verified = models.BooleanField(default=False)
