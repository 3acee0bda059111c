from django.conf import settings
from django.db import models


class Operator(models.Model):
    KIND = [("individual", "Individual"), ("company", "Company")]

    operator_id = models.CharField(max_length=20, unique=True)
    kind = models.CharField(max_length=10, choices=KIND)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    trading_name = models.CharField(max_length=120, blank=True)
    company_number = models.CharField(max_length=8, blank=True)
    registered_address = models.TextField()
    insurance_policy_no = models.CharField(max_length=40, blank=True)
    expires_on = models.DateField()
    fee_paid = models.DecimalField(max_digits=6, decimal_places=2)


class RemotePilot(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    flyer_id = models.CharField(max_length=20, unique=True)
    given_name = models.CharField(max_length=60)
    family_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    street = models.CharField(max_length=120)
    city = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    country = models.CharField(max_length=2, default="GB")
    phone = models.CharField(max_length=20)
    photo_id_document = models.FileField(upload_to="pilot-id/")
    theory_test_score = models.PositiveSmallIntegerField(null=True, blank=True)
    gvc_issued_on = models.DateField(null=True, blank=True)
    flying_hours = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    suspended = models.BooleanField(default=False)
    operator = models.ForeignKey(Operator, null=True, blank=True, on_delete=models.SET_NULL)


class Aircraft(models.Model):
    operator = models.ForeignKey(Operator, on_delete=models.CASCADE, related_name="aircraft")
    manufacturer = models.CharField(max_length=60)
    model = models.CharField(max_length=60)
    serial_number = models.CharField(max_length=40)
    class_mark = models.CharField(max_length=2, blank=True)
    takeoff_mass_g = models.PositiveIntegerField()
    remote_id_mac = models.CharField(max_length=17, blank=True)
    has_camera = models.BooleanField(default=True)


class FlightLog(models.Model):
    pilot = models.ForeignKey(RemotePilot, on_delete=models.CASCADE, related_name="flights")
    aircraft = models.ForeignKey(Aircraft, on_delete=models.PROTECT)
    took_off_at = models.DateTimeField()
    landed_at = models.DateTimeField()
    launch_lat = models.DecimalField(max_digits=9, decimal_places=6)
    launch_lng = models.DecimalField(max_digits=9, decimal_places=6)
    max_altitude_m = models.PositiveIntegerField()
    purpose = models.CharField(max_length=60)
    incident = models.BooleanField(default=False)
    remarks = models.TextField(blank=True)
