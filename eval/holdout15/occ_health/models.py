from django.conf import settings
from django.db import models


class Employer(models.Model):
    name = models.CharField(max_length=160)
    sector = models.CharField(max_length=60, blank=True)
    hr_contact_name = models.CharField(max_length=120, blank=True)
    referrals_inbox = models.EmailField()
    invoice_address = models.TextField()
    contract_ref = models.CharField(max_length=20)


class Employee(models.Model):
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="employees")
    payroll_number = models.CharField(max_length=20)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    job_title = models.CharField(max_length=120)
    department = models.CharField(max_length=120, blank=True)
    work_email = models.EmailField(blank=True)
    personal_phone = models.CharField(max_length=20, blank=True)
    home_address = models.TextField(blank=True)
    safety_critical_role = models.BooleanField(default=False)


class ReferralReason(models.TextChoices):
    MSK = "msk", "Musculoskeletal"
    MENTAL_HEALTH = "mh", "Mental health"
    FITNESS_FOR_ROLE = "fit", "Fitness for role"
    PREGNANCY = "preg", "Pregnancy risk assessment"
    OTHER = "other", "Other"


class Referral(models.Model):
    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="referrals")
    referring_manager = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    reason = models.CharField(max_length=8, choices=ReferralReason.choices)
    absence_start = models.DateField(null=True, blank=True)
    days_absent_last_12m = models.PositiveSmallIntegerField(default=0)
    manager_questions = models.TextField()
    employee_consented = models.BooleanField(default=False)
    status = models.CharField(max_length=12, default="new")
    created_at = models.DateTimeField(auto_now_add=True)


class Assessment(models.Model):
    referral = models.OneToOneField(Referral, on_delete=models.CASCADE)
    clinician = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    assessed_on = models.DateField()
    mode = models.CharField(max_length=10, default="phone")
    clinical_notes = models.TextField()
    diagnosis = models.CharField(max_length=200, blank=True)
    current_medication = models.TextField(blank=True)
    bmi = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    blood_pressure = models.CharField(max_length=7, blank=True)
    fit_for_work = models.CharField(max_length=12)
    recommended_adjustments = models.TextField(blank=True)
    review_date = models.DateField(null=True, blank=True)


class Surveillance(models.Model):
    employee = models.ForeignKey(Employee, on_delete=models.CASCADE)
    test_type = models.CharField(max_length=20)
    tested_on = models.DateField()
    left_ear_db = models.PositiveSmallIntegerField(null=True)
    right_ear_db = models.PositiveSmallIntegerField(null=True)
    fev1_litres = models.DecimalField(max_digits=3, decimal_places=2, null=True)
    hse_category = models.CharField(max_length=4, blank=True)
