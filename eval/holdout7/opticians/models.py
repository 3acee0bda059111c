from django.conf import settings
from django.db import models


class Practice(models.Model):
    name = models.CharField(max_length=120)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    ods_code = models.CharField(max_length=8, help_text="NHS organisation code")
    opening_hours = models.JSONField(default=dict)


class Optometrist(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    practice = models.ForeignKey(Practice, on_delete=models.PROTECT)
    full_name = models.CharField(max_length=120)
    goc_number = models.CharField("GOC registration", max_length=10)
    is_locum = models.BooleanField(default=False)
    sessions_per_week = models.PositiveSmallIntegerField(default=5)


class Patient(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.PROTECT)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    nhs_number = models.CharField(max_length=10, blank=True)
    address_line1 = models.CharField(max_length=100)
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    gp_practice_name = models.CharField(max_length=120, blank=True)
    occupation = models.CharField(max_length=80, blank=True)
    is_diabetic = models.BooleanField(default=False)
    family_history_glaucoma = models.BooleanField(default=False)
    on_qualifying_benefit = models.BooleanField(default=False)
    recall_months = models.PositiveSmallIntegerField(default=24)
    created = models.DateTimeField(auto_now_add=True)


class SightTest(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="sight_tests")
    optometrist = models.ForeignKey(Optometrist, on_delete=models.PROTECT)
    tested_on = models.DateField()
    reason_for_visit = models.TextField(blank=True)
    va_right = models.CharField("visual acuity R", max_length=8)
    va_left = models.CharField("visual acuity L", max_length=8)
    iop_right = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    iop_left = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    retinal_image = models.ImageField(upload_to="oct/", null=True, blank=True)
    findings = models.TextField(blank=True)
    referred_to_hospital = models.BooleanField(default=False)
    gos_form = models.CharField(max_length=6, blank=True)


class Prescription(models.Model):
    sight_test = models.OneToOneField(SightTest, on_delete=models.CASCADE)
    sph_right = models.DecimalField(max_digits=5, decimal_places=2)
    cyl_right = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    axis_right = models.PositiveSmallIntegerField(null=True)
    sph_left = models.DecimalField(max_digits=5, decimal_places=2)
    cyl_left = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    axis_left = models.PositiveSmallIntegerField(null=True)
    near_add = models.DecimalField(max_digits=4, decimal_places=2, null=True)
    pupillary_distance = models.DecimalField(max_digits=4, decimal_places=1)
    valid_until = models.DateField()


class SpectacleOrder(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE)
    prescription = models.ForeignKey(Prescription, on_delete=models.PROTECT)
    frame_sku = models.CharField(max_length=20)
    lens_type = models.CharField(max_length=30)
    price = models.DecimalField(max_digits=7, decimal_places=2)
    collected_at = models.DateTimeField(null=True, blank=True)
