"""People, pay and leave for a small company's back office."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Company(TimeStamped):
    name = models.CharField(max_length=200)
    registration_number = models.CharField(max_length=20)
    vat_number = models.CharField(max_length=20, blank=True)
    registered_address = models.TextField()
    payroll_email = models.EmailField(help_text="Shared mailbox that receives payroll reports")
    birthday_campaign_enabled = models.BooleanField(default=False)
    gender_neutral_pricing = models.BooleanField(default=True)


class Department(TimeStamped):
    company = models.ForeignKey(Company, on_delete=models.CASCADE)
    name = models.CharField(max_length=120)
    cost_centre = models.CharField(max_length=12)
    head_count_budget = models.PositiveIntegerField(default=0)


class Employee(TimeStamped):
    class Status(models.TextChoices):
        ACTIVE = "active"
        ON_LEAVE = "on_leave"
        LEFT = "left"

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    employee_number = models.CharField(max_length=12, unique=True)
    given_name = models.CharField(max_length=80)
    family_name = models.CharField(max_length=80)
    preferred_name = models.CharField(max_length=80, blank=True)
    dob = models.DateField()
    nino = models.CharField("NI number", max_length=9)
    home_address = models.TextField()
    postcode = models.CharField(max_length=10)
    personal_email = models.EmailField(blank=True)
    mobile = models.CharField(max_length=20, blank=True)
    job_title = models.CharField(max_length=120)
    department = models.ForeignKey(Department, on_delete=models.SET_NULL, null=True)
    line_manager = models.ForeignKey("self", on_delete=models.SET_NULL, null=True)
    start_date = models.DateField()
    leaving_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    annual_salary = models.DecimalField(max_digits=10, decimal_places=2)
    bank_sort_code = models.CharField(max_length=8)
    bank_account_number = models.CharField(max_length=8)
    tax_code = models.CharField(max_length=10)
    student_loan_plan = models.CharField(max_length=6, blank=True)
    ethnic_origin = models.CharField(max_length=40, blank=True)
    disability = models.BooleanField(null=True)
    union_member = models.BooleanField(default=False)
    right_to_work_checked = models.BooleanField(default=False)
    passport_number = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["family_name"]


class EmergencyContact(models.Model):
    employee = models.ForeignKey(
        Employee, related_name="emergency_contacts", on_delete=models.CASCADE
    )
    full_name = models.CharField(max_length=160)
    relationship = models.CharField(max_length=40)
    emergency_contact_phone = models.CharField(max_length=20)
    priority = models.PositiveSmallIntegerField(default=1)


class PayrollRun(TimeStamped):
    company = models.ForeignKey(Company, on_delete=models.CASCADE)
    period_start = models.DateField()
    period_end = models.DateField()
    pay_date = models.DateField()
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    is_locked = models.BooleanField(default=False)
    bacs_file = models.FileField(upload_to="bacs/", blank=True)


class Payslip(TimeStamped):
    run = models.ForeignKey(PayrollRun, on_delete=models.CASCADE)
    employee = models.ForeignKey(Employee, on_delete=models.PROTECT)
    gross_pay = models.DecimalField(max_digits=10, decimal_places=2)
    income_tax = models.DecimalField(max_digits=10, decimal_places=2)
    net_pay = models.DecimalField(max_digits=10, decimal_places=2)
    pdf = models.FileField(upload_to="payslips/")
    pages = models.PositiveSmallIntegerField(default=1)


class LeaveRequest(TimeStamped):
    class Kind(models.TextChoices):
        HOLIDAY = "holiday"
        SICK = "sick"
        PARENTAL = "parental"

    employee = models.ForeignKey(Employee, on_delete=models.CASCADE)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    first_day = models.DateField()
    last_day = models.DateField()
    half_days = models.PositiveSmallIntegerField(default=0)
    sickness_reason = models.TextField(blank=True)
    reviewer_comment = models.TextField(blank=True)
    approved = models.BooleanField(null=True)


class PayrollSettings(models.Model):
    payslip_sender_email_template_id = models.CharField(max_length=40)
    api_secret_rotation_days = models.PositiveIntegerField(default=90)
    hmrc_sender_id = models.CharField(max_length=20)
    default_pay_day = models.PositiveSmallIntegerField(default=28)
    ip_allowlist_enabled = models.BooleanField(default=False)
    address_line_count = models.PositiveSmallIntegerField(default=4)
