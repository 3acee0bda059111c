from django.conf import settings
from django.db import models
from django.utils import timezone

APPOINTMENT_STATES = (
    ("booked", "Booked"),
    ("arrived", "Arrived"),
    ("completed", "Completed"),
    ("dna", "Did not attend"),
    ("cancelled", "Cancelled"),
)

NHS_BANDS = ((1, "Band 1"), (2, "Band 2"), (3, "Band 3"), (0, "Private"))


class Practice(models.Model):
    name = models.CharField(max_length=120)
    ods_code = models.CharField("ODS code", max_length=8, unique=True)
    address_line1 = models.CharField(max_length=100)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    opening_hours = models.JSONField(default=dict, blank=True)

    def __str__(self):
        return self.name


class Dentist(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    practice = models.ForeignKey(Practice, on_delete=models.PROTECT, related_name="dentists")
    gdc_number = models.CharField("GDC number", max_length=10, unique=True)
    display_name = models.CharField(max_length=80)
    specialism = models.CharField(max_length=60, blank=True)
    accepts_nhs = models.BooleanField(default=True)

    def __str__(self):
        return self.display_name


class Patient(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.PROTECT, related_name="patients")
    nhs_number = models.CharField(max_length=10, blank=True, db_index=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    preferred_name = models.CharField(max_length=60, blank=True)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=20, blank=True)
    phone_mobile = models.CharField(max_length=20, blank=True)
    phone_home = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    address_line1 = models.CharField(max_length=100)
    address_line2 = models.CharField(max_length=100, blank=True)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    medical_history = models.TextField(blank=True)
    current_medications = models.TextField(blank=True)
    allergies = models.CharField(max_length=255, blank=True)
    smoker = models.BooleanField(default=False)
    recall_interval_months = models.PositiveSmallIntegerField(default=6)
    sms_reminders = models.BooleanField(default=True)
    newsletter_opt_in = models.BooleanField(default=False)
    registered_on = models.DateField(default=timezone.now)

    class Meta:
        ordering = ("last_name", "first_name")

    def __str__(self):
        return f"{self.last_name}, {self.first_name}"


class Appointment(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="appointments")
    dentist = models.ForeignKey(Dentist, on_delete=models.PROTECT)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=20)
    surgery_room = models.CharField(max_length=10, blank=True)
    chief_complaint = models.CharField(max_length=255, blank=True)
    notes = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=APPOINTMENT_STATES, default="booked")


class ChartEntry(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="chart")
    tooth = models.CharField(max_length=3)
    surface = models.CharField(max_length=5, blank=True)
    condition = models.CharField(max_length=60)
    recorded_by = models.ForeignKey(Dentist, on_delete=models.SET_NULL, null=True)
    recorded_at = models.DateTimeField(auto_now_add=True)


class TreatmentPlan(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE)
    band = models.PositiveSmallIntegerField(choices=NHS_BANDS)
    estimated_cost = models.DecimalField(max_digits=8, decimal_places=2)
    accepted = models.BooleanField(default=False)
    valid_until = models.DateField(null=True, blank=True)
