from django.conf import settings
from django.db import models


class Pharmacy(models.Model):
    name = models.CharField(max_length=120)
    ods_code = models.CharField(max_length=8, unique=True)
    address_line1 = models.CharField(max_length=120)
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    superintendent_name = models.CharField(max_length=120)

    class Meta:
        verbose_name_plural = "pharmacies"


class Sex(models.TextChoices):
    FEMALE = "F", "Female"
    MALE = "M", "Male"
    UNKNOWN = "U", "Not known"


class Patient(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True)
    nhs_number = models.CharField(max_length=10, unique=True)
    title = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=60)
    surname = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    sex = models.CharField(max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    mobile = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    address_line1 = models.CharField(max_length=120)
    address_line2 = models.CharField(max_length=120, blank=True)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    nominated_pharmacy = models.ForeignKey(Pharmacy, on_delete=models.PROTECT)
    key_safe_code = models.CharField(max_length=12, blank=True)
    access_notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Driver(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    pharmacy = models.ForeignKey(Pharmacy, on_delete=models.CASCADE, related_name="drivers")
    phone = models.CharField(max_length=20)
    dbs_checked_on = models.DateField(null=True, blank=True)
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)


class PrescriptionStatus(models.TextChoices):
    RECEIVED = "received"
    DISPENSED = "dispensed"
    OUT_FOR_DELIVERY = "out"
    DELIVERED = "delivered"


class Prescription(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="prescriptions")
    prescriber_name = models.CharField(max_length=120)
    issued_on = models.DateField()
    eps_token = models.CharField(max_length=20, unique=True)
    is_repeat = models.BooleanField(default=False)
    controlled_drug = models.BooleanField(default=False)
    status = models.CharField(max_length=12, choices=PrescriptionStatus.choices, default=PrescriptionStatus.RECEIVED)


class PrescriptionItem(models.Model):
    prescription = models.ForeignKey(Prescription, on_delete=models.CASCADE, related_name="items")
    drug_name = models.CharField(max_length=200)
    strength = models.CharField(max_length=40)
    quantity = models.PositiveIntegerField()
    dosage_instructions = models.CharField(max_length=255)


class Delivery(models.Model):
    prescription = models.OneToOneField(Prescription, on_delete=models.CASCADE)
    driver = models.ForeignKey(Driver, null=True, on_delete=models.SET_NULL, related_name="deliveries")
    slot_start = models.DateTimeField()
    slot_end = models.DateTimeField()
    delivered_at = models.DateTimeField(null=True, blank=True)
    neighbour_house_number = models.CharField(max_length=20, blank=True)
    recipient_signature = models.ImageField(upload_to="signatures/", blank=True)
    proof_photo = models.ImageField(upload_to="proof/", blank=True)
    drop_lat = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    drop_lng = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    failed_reason = models.CharField(max_length=30, blank=True)
    driver_notes = models.TextField(blank=True)
