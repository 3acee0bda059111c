from django.conf import settings
from django.db import models


class RepaymentPlan(models.TextChoices):
    PLAN_1 = "1", "Plan 1"
    PLAN_2 = "2", "Plan 2"
    PLAN_4 = "4", "Plan 4 (Scotland)"
    PLAN_5 = "5", "Plan 5"
    POSTGRAD = "PG", "Postgraduate"


class Borrower(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    customer_reference_number = models.CharField(max_length=11, unique=True)
    national_insurance_number = models.CharField(max_length=9, blank=True)
    date_of_birth = models.DateField()
    home_address_line1 = models.CharField(max_length=120)
    home_address_line2 = models.CharField(max_length=120, blank=True)
    home_postcode = models.CharField(max_length=8)
    country_of_domicile = models.CharField(max_length=2, default="GB")
    bank_sort_code = models.CharField(max_length=6, blank=True)
    bank_account_number = models.CharField(max_length=8, blank=True)
    status = models.CharField(max_length=12, default="in_study")
    created_at = models.DateTimeField(auto_now_add=True)


class LoanAccount(models.Model):
    borrower = models.ForeignKey(Borrower, on_delete=models.PROTECT, related_name="loans")
    plan = models.CharField(max_length=2, choices=RepaymentPlan.choices)
    balance = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    interest_rate = models.DecimalField(max_digits=5, decimal_places=3)
    repayment_threshold = models.PositiveIntegerField()
    write_off_date = models.DateField(null=True, blank=True)
    opened_on = models.DateField()


class CourseApplication(models.Model):
    borrower = models.ForeignKey(Borrower, on_delete=models.CASCADE, related_name="applications")
    academic_year = models.CharField(max_length=9)
    provider = models.CharField("University or college", max_length=120)
    course_name = models.CharField(max_length=160)
    year_of_study = models.PositiveSmallIntegerField()
    tuition_fee_loan = models.DecimalField(max_digits=8, decimal_places=2)
    maintenance_loan = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    household_income = models.PositiveIntegerField(null=True, blank=True)
    sponsor_1_name = models.CharField(max_length=120, blank=True)
    sponsor_1_income = models.PositiveIntegerField(null=True, blank=True)
    disabled_students_allowance = models.BooleanField(default=False)
    submitted_at = models.DateTimeField(null=True, blank=True)


class Repayment(models.Model):
    SOURCE_CHOICES = [("paye", "Through payroll"), ("dd", "Direct debit"), ("vol", "Voluntary")]

    loan = models.ForeignKey(LoanAccount, on_delete=models.PROTECT, related_name="repayments")
    amount = models.DecimalField(max_digits=9, decimal_places=2)
    source = models.CharField(max_length=4, choices=SOURCE_CHOICES)
    employer_paye_reference = models.CharField(max_length=14, blank=True)
    tax_year = models.CharField(max_length=7)
    received_on = models.DateField()


class OverseasIncomeAssessment(models.Model):
    borrower = models.ForeignKey(Borrower, on_delete=models.CASCADE)
    country_of_residence = models.CharField(max_length=2)
    employer_name = models.CharField(max_length=160)
    job_title = models.CharField(max_length=120)
    annual_salary = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3)
    fixed_monthly_repayment = models.DecimalField(max_digits=8, decimal_places=2)
    assessed_on = models.DateField(auto_now_add=True)
