from django.conf import settings
from django.db import models


class StaffMember(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    initials = models.CharField(max_length=4, unique=True)
    display_name = models.CharField(max_length=80)
    dbs_certificate_number = models.CharField(max_length=12, blank=True)
    first_aider = models.BooleanField(default=False)
    school_email = models.EmailField()

    def __str__(self):
        return self.display_name


class Trip(models.Model):
    title = models.CharField(max_length=120)
    destination = models.CharField(max_length=120)
    departs_at = models.DateTimeField()
    returns_at = models.DateTimeField()
    cost_per_pupil = models.DecimalField(max_digits=7, decimal_places=2)
    deposit = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    payment_deadline = models.DateField()
    lead_teacher = models.ForeignKey(StaffMember, on_delete=models.PROTECT, related_name="trips_led")
    overnight = models.BooleanField(default=False)
    risk_assessment = models.FileField(upload_to="risk/", blank=True)

    def __str__(self):
        return self.title


class Pupil(models.Model):
    upn = models.CharField("Unique pupil number", max_length=13, unique=True)
    legal_first_name = models.CharField(max_length=60)
    legal_last_name = models.CharField(max_length=60)
    preferred_name = models.CharField(max_length=60, blank=True)
    year_group = models.PositiveSmallIntegerField()
    form_group = models.CharField(max_length=5)
    date_of_birth = models.DateField()
    free_school_meals = models.BooleanField(default=False)
    medical_notes = models.TextField(blank=True)
    dietary_requirements = models.CharField(max_length=200, blank=True)
    photo = models.ImageField(upload_to="pupils/", blank=True)

    class Meta:
        ordering = ["year_group", "form_group", "legal_last_name"]


class Guardian(models.Model):
    pupils = models.ManyToManyField(Pupil, related_name="guardians")
    full_name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=30)
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    home_phone = models.CharField(max_length=20, blank=True)


class Consent(models.Model):
    trip = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="consents")
    pupil = models.ForeignKey(Pupil, on_delete=models.CASCADE, related_name="consents")
    given_by = models.ForeignKey(Guardian, on_delete=models.PROTECT)
    given_at = models.DateTimeField(auto_now_add=True)
    medical_treatment_consent = models.BooleanField(default=False)
    photo_consent = models.BooleanField(default=False)
    medication_to_carry = models.TextField(blank=True)
    emergency_phone = models.CharField(max_length=20)
    signature = models.ImageField(upload_to="signatures/")
    ip_address = models.GenericIPAddressField(null=True)

    class Meta:
        unique_together = [("trip", "pupil")]


class Payment(models.Model):
    trip = models.ForeignKey(Trip, on_delete=models.PROTECT, related_name="payments")
    pupil = models.ForeignKey(Pupil, on_delete=models.PROTECT, related_name="trip_payments")
    amount = models.DecimalField(max_digits=7, decimal_places=2)
    method = models.CharField(max_length=20, choices=[("card", "Card"), ("cash", "Cash"), ("cheque", "Cheque")])
    paid_at = models.DateTimeField()
    provider_reference = models.CharField(max_length=64, blank=True)
    hardship_fund = models.BooleanField(default=False)
