from django.conf import settings
from django.db import models


class Client(models.Model):
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    preferred_name = models.CharField(max_length=40, blank=True)
    date_of_birth = models.DateField()
    address_line_1 = models.CharField(max_length=120)
    address_line_2 = models.CharField(max_length=120, blank=True)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=8)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    key_safe_code = models.CharField(max_length=10, blank=True)
    access_instructions = models.TextField(blank=True)
    gp_name = models.CharField(max_length=120, blank=True)
    gp_surgery = models.CharField(max_length=120, blank=True)
    next_of_kin = models.ForeignKey("Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    funding = models.CharField(max_length=20, default="local_authority")
    active = models.BooleanField(default=True)

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"


class Contact(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=40)
    phone = models.CharField(max_length=20)
    has_lasting_power_of_attorney = models.BooleanField(default=False)


class CarePlan(models.Model):
    client = models.OneToOneField(Client, on_delete=models.CASCADE, related_name="care_plan")
    conditions = models.TextField(blank=True)
    allergies = models.CharField(max_length=255, blank=True)
    dnacpr_in_place = models.BooleanField(default=False)
    mobility = models.CharField(max_length=30, blank=True)
    continence = models.CharField(max_length=30, blank=True)
    medication_schedule = models.JSONField(default=list)
    personal_care_notes = models.TextField(blank=True)
    visits_per_day = models.PositiveSmallIntegerField(default=2)
    review_due = models.DateField(null=True, blank=True)


class Carer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    employee_number = models.CharField(max_length=8, unique=True)
    job_title = models.CharField(max_length=60, default="Care assistant")
    mobile = models.CharField(max_length=20)
    home_postcode = models.CharField(max_length=8)
    dbs_certificate_number = models.CharField(max_length=12)
    driving_licence_number = models.CharField(max_length=16, blank=True)
    hourly_rate = models.DecimalField(max_digits=5, decimal_places=2)
    contracted_hours = models.PositiveSmallIntegerField(default=0)


class Visit(models.Model):
    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="visits")
    carer = models.ForeignKey(Carer, null=True, on_delete=models.SET_NULL, related_name="visits")
    scheduled_start = models.DateTimeField()
    scheduled_minutes = models.PositiveSmallIntegerField(default=30)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    checked_out_at = models.DateTimeField(null=True, blank=True)
    check_in_lat = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    check_in_lng = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    medication_given = models.JSONField(default=list)
    notes = models.TextField(blank=True)
    missed = models.BooleanField(default=False)
