from django.conf import settings
from django.db import models


class LoanStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    AGREED = "agreed", "Agreed"
    IN_TRANSIT = "in_transit", "In transit"
    ON_LOAN = "on_loan", "On loan"
    RETURNED = "returned", "Returned"
    CANCELLED = "cancelled", "Cancelled"


class Institution(models.Model):
    name = models.CharField(max_length=200)
    address = models.TextField()
    city = models.CharField(max_length=80)
    country = models.CharField(max_length=2)
    registrar_name = models.CharField(max_length=120, blank=True)
    registrar_email = models.EmailField()
    phone = models.CharField(max_length=30)
    accreditation_number = models.CharField(max_length=20, blank=True)
    government_indemnity = models.BooleanField(default=False)


class MuseumObject(models.Model):
    accession_number = models.CharField(max_length=30, unique=True)
    title = models.CharField(max_length=255)
    maker = models.CharField(max_length=200, blank=True)
    date_made = models.CharField(max_length=60, blank=True)
    medium = models.CharField(max_length=120, blank=True)
    dimensions = models.CharField(max_length=120, blank=True)
    weight_kg = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    insurance_value = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    condition = models.CharField(max_length=20, default="good")
    location = models.CharField(max_length=60, help_text="Store, bay and shelf")
    photo = models.ImageField(upload_to="objects/", blank=True)


class Loan(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    museum_object = models.ForeignKey(MuseumObject, on_delete=models.PROTECT, related_name="loans")
    borrower = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="loans_in")
    status = models.CharField(max_length=12, choices=LoanStatus.choices, default=LoanStatus.PROPOSED)
    starts_on = models.DateField()
    ends_on = models.DateField()
    loan_fee = models.DecimalField(max_digits=9, decimal_places=2, default=0)
    courier_required = models.BooleanField(default=False)
    courier = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    agreement_signed_by = models.CharField(max_length=120, blank=True)


class ConditionReport(models.Model):
    loan = models.ForeignKey(Loan, on_delete=models.CASCADE, related_name="condition_reports")
    stage = models.CharField(max_length=10, choices=[("out", "Outgoing"), ("in", "Incoming"), ("return", "Return")])
    checked_at = models.DateTimeField()
    condition = models.CharField(max_length=20)
    notes = models.TextField(blank=True)
    photos_folder = models.CharField(max_length=300, blank=True)
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)


class CrateShipment(models.Model):
    loan = models.ForeignKey(Loan, on_delete=models.CASCADE, related_name="shipments")
    crate_number = models.CharField(max_length=20)
    shipper = models.CharField(max_length=120)
    tracking_number = models.CharField(max_length=40, blank=True)
    temp_logger_serial = models.CharField(max_length=30, blank=True)
    departed_at = models.DateTimeField(null=True)
    arrived_at = models.DateTimeField(null=True)
    max_temp_c = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    max_rh_pct = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    driver_name = models.CharField(max_length=120, blank=True)
    driver_phone = models.CharField(max_length=30, blank=True)
