from django.conf import settings
from django.db import models


class Patient(models.Model):
    hospital_number = models.CharField(max_length=12, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    address = models.TextField()
    partner = models.OneToOneField("self", null=True, blank=True, on_delete=models.SET_NULL)
    relationship_status = models.CharField(max_length=20, blank=True)
    same_sex_couple = models.BooleanField(default=False)
    bmi = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    amh_pmol_l = models.DecimalField("AMH", max_digits=5, decimal_places=2, null=True)
    smoker = models.BooleanField(default=False)
    nhs_funded = models.BooleanField(default=False)
    consultant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="fertility_patients",
    )
    registered_on = models.DateField(auto_now_add=True)


class TreatmentCycle(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="cycles")
    cycle_number = models.PositiveSmallIntegerField()
    treatment_type = models.CharField(max_length=10)  # IVF, ICSI, FET, IUI
    protocol = models.CharField(max_length=40)
    stimulation_drug = models.CharField(max_length=60, blank=True)
    daily_dose_iu = models.PositiveIntegerField(null=True)
    started_on = models.DateField()
    eggs_collected = models.PositiveSmallIntegerField(null=True)
    outcome = models.CharField(max_length=30, blank=True)
    price_quoted = models.DecimalField(max_digits=8, decimal_places=2)


class Embryo(models.Model):
    cycle = models.ForeignKey(TreatmentCycle, on_delete=models.CASCADE, related_name="embryos")
    label = models.CharField(max_length=12)
    day = models.PositiveSmallIntegerField()
    grade = models.CharField(max_length=6)
    pgt_a_result = models.CharField(max_length=20, blank=True)
    frozen = models.BooleanField(default=False)
    storage_dewar = models.CharField(max_length=10, blank=True)
    storage_expires = models.DateField(null=True)


class Donor(models.Model):
    donor_code = models.CharField(max_length=10, unique=True)
    legal_name = models.CharField(max_length=120)
    date_of_birth = models.DateField()
    ethnicity = models.CharField(max_length=40)
    eye_colour = models.CharField(max_length=20)
    height_cm = models.PositiveSmallIntegerField()
    occupation = models.CharField(max_length=80)
    pen_portrait = models.TextField(help_text="Non-identifying description shown to recipients")
    genetic_screening = models.JSONField(default=dict)
    expenses_paid = models.DecimalField(max_digits=7, decimal_places=2, default=0)


class ConsentForm(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE)
    form_code = models.CharField(max_length=8)  # HFEA form, e.g. WT, MT, PP
    signed_at = models.DateTimeField()
    signature = models.ImageField(upload_to="consent-signatures/")
    witnessed_by = models.CharField(max_length=120)
