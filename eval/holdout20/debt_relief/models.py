from django.conf import settings
from django.db import models


class Intermediary(models.Model):
    """A debt adviser authorised to submit DRO applications on a debtor's behalf."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=120)
    organisation = models.CharField(max_length=200)
    authorisation_number = models.CharField(max_length=30, unique=True)
    work_phone = models.CharField(max_length=30)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.display_name


class Debtor(models.Model):
    MARITAL_CHOICES = [
        ("single", "Single"),
        ("married", "Married / civil partnership"),
        ("cohabiting", "Living with partner"),
        ("separated", "Separated"),
        ("divorced", "Divorced / dissolved"),
        ("widowed", "Widowed"),
    ]

    intermediary = models.ForeignKey(Intermediary, on_delete=models.PROTECT, related_name="debtors")
    title = models.CharField(max_length=10, blank=True)
    forenames = models.CharField(max_length=100)
    surname = models.CharField(max_length=100)
    previous_surnames = models.CharField(max_length=200, blank=True)
    date_of_birth = models.DateField()
    ni_number = models.CharField("National Insurance number", max_length=9)
    address_line_1 = models.CharField(max_length=120)
    address_line_2 = models.CharField(max_length=120, blank=True)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=8)
    marital_status = models.CharField(max_length=12, choices=MARITAL_CHOICES)
    dependants = models.PositiveSmallIntegerField(default=0)
    email = models.EmailField(blank=True)
    mobile = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["surname", "forenames"]


class Debt(models.Model):
    KIND_CHOICES = [
        ("credit_card", "Credit card"),
        ("loan", "Personal loan"),
        ("payday", "Payday loan"),
        ("council_tax", "Council tax arrears"),
        ("utility", "Gas / electricity arrears"),
        ("overpayment", "Benefit overpayment"),
        ("other", "Other"),
    ]

    debtor = models.ForeignKey(Debtor, on_delete=models.CASCADE, related_name="debts")
    creditor = models.CharField(max_length=160)
    creditor_reference = models.CharField(max_length=40, blank=True)
    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    balance = models.DecimalField(max_digits=10, decimal_places=2)
    monthly_repayment = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)


class IncomeSource(models.Model):
    SOURCE_CHOICES = [
        ("wages", "Wages / salary"),
        ("self_employed", "Self-employment"),
        ("universal_credit", "Universal Credit"),
        ("pip", "Personal Independence Payment"),
        ("pension", "Pension"),
        ("maintenance", "Child maintenance"),
    ]

    debtor = models.ForeignKey(Debtor, on_delete=models.CASCADE, related_name="income_sources")
    source = models.CharField(max_length=20, choices=SOURCE_CHOICES)
    employer_name = models.CharField(max_length=160, blank=True)
    monthly_amount = models.DecimalField(max_digits=8, decimal_places=2)


class Expenditure(models.Model):
    debtor = models.OneToOneField(Debtor, on_delete=models.CASCADE, related_name="expenditure")
    rent = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    utilities = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    food = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    other_essential = models.DecimalField(max_digits=8, decimal_places=2, default=0)


class Application(models.Model):
    STATUS_DRAFT = "draft"
    STATUS_SUBMITTED = "submitted"
    STATUS_APPROVED = "approved"
    STATUS_REFUSED = "refused"
    STATUS_CHOICES = [
        (STATUS_DRAFT, "Draft"),
        (STATUS_SUBMITTED, "Submitted to the Official Receiver"),
        (STATUS_APPROVED, "Order made"),
        (STATUS_REFUSED, "Refused"),
    ]

    case_reference = models.CharField(max_length=20, unique=True)
    debtor = models.OneToOneField(Debtor, on_delete=models.PROTECT, related_name="application")
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default=STATUS_DRAFT)
    total_assets = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    vehicle_value = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    surplus_income = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    fee_paid = models.BooleanField(default=False)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decision_notes = models.TextField(blank=True)
