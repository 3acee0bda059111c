from django.conf import settings
from django.db import models

PLACE_CHOICES = [
    ("home", "Home"),
    ("hospice", "Hospice in-patient unit"),
    ("hospital", "Hospital"),
    ("care_home", "Care home"),
    ("undecided", "Not yet discussed"),
]


class Team(models.Model):
    name = models.CharField(max_length=120)
    base_address = models.TextField()
    duty_phone = models.CharField(max_length=20)
    on_call_email = models.EmailField()
    area_postcodes = models.TextField(help_text="Comma-separated outward codes covered")

    def __str__(self):
        return self.name


class Nurse(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="nurses")
    nmc_pin = models.CharField("NMC PIN", max_length=8, unique=True)
    band = models.PositiveSmallIntegerField()
    role = models.CharField(max_length=60)
    mobile = models.CharField(max_length=20)
    contracted_hours = models.DecimalField(max_digits=4, decimal_places=1)


class Patient(models.Model):
    nhs_number = models.CharField(max_length=10, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    address_line1 = models.CharField(max_length=120)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    key_safe_code = models.CharField(max_length=10, blank=True)
    gp_practice = models.CharField(max_length=120)
    primary_diagnosis = models.CharField(max_length=200)
    dnacpr_in_place = models.BooleanField("DNACPR in place", default=False)
    preferred_place_of_death = models.CharField(
        max_length=20, choices=PLACE_CHOICES, default="undecided"
    )
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="patients")
    referred_at = models.DateTimeField()

    class Meta:
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return f"{self.first_name} {self.last_name}"


class NextOfKin(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="contacts")
    full_name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=40)
    phone = models.CharField(max_length=20)
    email = models.EmailField(blank=True)
    call_overnight = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "next of kin"


class Visit(models.Model):
    VISIT_TYPES = [
        ("planned", "Planned"),
        ("urgent", "Urgent"),
        ("verification", "Verification of death"),
    ]

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="visits")
    nurse = models.ForeignKey(Nurse, on_delete=models.PROTECT, related_name="visits")
    visit_type = models.CharField(max_length=20, choices=VISIT_TYPES, default="planned")
    scheduled_for = models.DateTimeField()
    arrived_at = models.DateTimeField(null=True, blank=True)
    left_at = models.DateTimeField(null=True, blank=True)
    pain_score = models.PositiveSmallIntegerField(null=True, blank=True)
    drugs_administered = models.TextField(blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-scheduled_for"]


class EquipmentLoan(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="loans")
    item = models.CharField(max_length=80)
    asset_tag = models.CharField(max_length=20)
    delivered_on = models.DateField()
    collected_on = models.DateField(null=True, blank=True)
