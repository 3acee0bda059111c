from django.conf import settings
from django.db import models


class Site(models.Model):
    name = models.CharField(max_length=150)
    address = models.TextField()
    postcode = models.CharField(max_length=8)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    access_notes = models.TextField(blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=20, blank=True)
    facilities_manager = models.CharField(max_length=120, blank=True)
    keysafe_code = models.CharField(max_length=10, blank=True)

    def __str__(self):
        return self.name


class Lift(models.Model):
    STATUS_CHOICES = [
        ("in_service", "In service"),
        ("out_of_service", "Out of service"),
        ("decommissioned", "Decommissioned"),
    ]

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="lifts")
    serial_number = models.CharField(max_length=40, unique=True)
    manufacturer = models.CharField(max_length=60)
    model_name = models.CharField(max_length=60)
    install_year = models.PositiveSmallIntegerField()
    age = models.PositiveSmallIntegerField(help_text="Years since installation or last modernisation")
    rated_load_kg = models.PositiveIntegerField()
    floors_served = models.PositiveSmallIntegerField()
    gsm_module_imei = models.CharField(max_length=15, blank=True)
    emergency_line_number = models.CharField(max_length=20, blank=True)
    last_seen = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=STATUS_CHOICES, default="in_service")


class Engineer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    employee_number = models.CharField(max_length=10, unique=True)
    phone = models.CharField(max_length=20)
    home_postcode = models.CharField(max_length=8)
    van_registration = models.CharField(max_length=8, blank=True)
    lifts_certified = models.JSONField(default=list)


class Job(models.Model):
    lift = models.ForeignKey(Lift, on_delete=models.CASCADE, related_name="jobs")
    reference = models.CharField(max_length=12, unique=True)
    fault_code = models.CharField(max_length=10)
    passenger_trapped = models.BooleanField(default=False)
    reported_by_phone = models.CharField(max_length=20, blank=True)
    engineer = models.ForeignKey(Engineer, on_delete=models.SET_NULL, null=True, blank=True)
    sla_hours = models.PositiveSmallIntegerField(default=4)
    attended_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    parts_used = models.JSONField(default=list)
    engineer_notes = models.TextField(blank=True)


class InspectionCertificate(models.Model):
    lift = models.ForeignKey(Lift, on_delete=models.CASCADE, related_name="certificates")
    issued_on = models.DateField()
    expires_on = models.DateField()
    inspector_name = models.CharField(max_length=120)
    insurer = models.CharField(max_length=80)
    outcome = models.CharField(max_length=20)
    pdf = models.FileField(upload_to="certificates/")


class Part(models.Model):
    sku = models.CharField(max_length=30, unique=True)
    name = models.CharField(max_length=120)
    connector_gender = models.CharField(
        max_length=1, choices=[("M", "Male"), ("F", "Female")], blank=True
    )
    unit_cost = models.DecimalField(max_digits=8, decimal_places=2)
    stock_qty = models.IntegerField(default=0)
    supplier_email = models.EmailField(blank=True)
