from django.conf import settings
from django.db import models


class Grade(models.TextChoices):
    TRAINEE = "trainee", "Trainee"
    RESPONDER = "cfr", "Community first responder"
    COORDINATOR = "coordinator", "Scheme coordinator"


class Scheme(models.Model):
    name = models.CharField(max_length=120)
    ambulance_trust = models.CharField(max_length=120)
    area_description = models.TextField(blank=True)
    enquiries_email = models.EmailField()
    base_postcode = models.CharField(max_length=10)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class Responder(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="responder"
    )
    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT, related_name="responders")
    callsign = models.CharField(max_length=12, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    mobile = models.CharField(max_length=20)
    address_line_1 = models.CharField(max_length=120)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    grade = models.CharField(max_length=12, choices=Grade.choices, default=Grade.TRAINEE)
    dbs_certificate_number = models.CharField(max_length=12, blank=True)
    driving_licence_number = models.CharField(max_length=18, blank=True)
    has_car = models.BooleanField(default=True)
    push_token = models.CharField(max_length=255, blank=True)
    last_lat = models.FloatField(null=True, blank=True)
    last_lng = models.FloatField(null=True, blank=True)
    last_checkin_at = models.DateTimeField(null=True, blank=True)
    next_of_kin_name = models.CharField(max_length=120, blank=True)
    next_of_kin_phone = models.CharField(max_length=20, blank=True)
    is_active = models.BooleanField(default=True)
    joined_on = models.DateField(auto_now_add=True)

    class Meta:
        ordering = ["callsign"]

    def __str__(self):
        return self.callsign


class Callout(models.Model):
    cad_reference = models.CharField(max_length=20, unique=True)
    responder = models.ForeignKey(Responder, on_delete=models.PROTECT, related_name="callouts")
    priority = models.PositiveSmallIntegerField()
    presenting_complaint = models.CharField(max_length=80)
    incident_address = models.CharField(max_length=200)
    incident_lat = models.FloatField()
    incident_lng = models.FloatField()
    patient_age = models.PositiveSmallIntegerField(null=True, blank=True)
    patient_sex = models.CharField(max_length=1, blank=True)
    dispatched_at = models.DateTimeField()
    arrived_at = models.DateTimeField(null=True, blank=True)
    stood_down_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=60, blank=True)
    crew_notes = models.TextField(blank=True)


class DefibCabinet(models.Model):
    site_name = models.CharField(max_length=120)
    address = models.CharField(max_length=200)
    postcode = models.CharField(max_length=10)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    access_code = models.CharField(max_length=8, blank=True)
    serial_number = models.CharField(max_length=40)
    pads_expiry = models.DateField()
    battery_checked_at = models.DateField(null=True, blank=True)
    guardian = models.ForeignKey(
        Responder, null=True, blank=True, on_delete=models.SET_NULL, related_name="cabinets"
    )


class TrainingRecord(models.Model):
    responder = models.ForeignKey(Responder, on_delete=models.CASCADE, related_name="training")
    qualification = models.CharField(max_length=80)
    passed = models.BooleanField(default=False)
    assessor_name = models.CharField(max_length=120)
    completed_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
