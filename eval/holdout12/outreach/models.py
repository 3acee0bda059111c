from django.conf import settings
from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=80)
    base_address = models.TextField()
    duty_phone = models.CharField(max_length=20)
    borough = models.CharField(max_length=60)


class Worker(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    team = models.ForeignKey(Team, on_delete=models.PROTECT)
    role = models.CharField(max_length=60)
    work_mobile = models.CharField(max_length=20)
    on_shift = models.BooleanField(default=False)


class Client(models.Model):
    GENDER_CHOICES = [("f", "Female"), ("m", "Male"), ("x", "Non-binary"), ("u", "Not known")]

    known_as = models.CharField(max_length=80)
    legal_name = models.CharField(max_length=120, blank=True)
    approx_age = models.PositiveSmallIntegerField(null=True, blank=True)
    gender = models.CharField(max_length=1, choices=GENDER_CHOICES, default="u")
    nationality = models.CharField(max_length=60, blank=True)
    immigration_status = models.CharField(max_length=40, blank=True)
    first_language = models.CharField(max_length=40, blank=True)
    phone = models.CharField(max_length=20, blank=True)
    description = models.TextField(blank=True, help_text="How to recognise them")
    photo = models.ImageField(upload_to="clients/", blank=True)
    local_connection = models.CharField(max_length=60, blank=True)
    mental_health_concerns = models.BooleanField(default=False)
    substance_use = models.CharField(max_length=120, blank=True)
    risk_to_staff = models.TextField(blank=True)
    ex_offender = models.BooleanField(default=False)
    ex_armed_forces = models.BooleanField(default=False)
    keyworker = models.ForeignKey(Worker, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.known_as


class Sighting(models.Model):
    client = models.ForeignKey(Client, null=True, blank=True, on_delete=models.SET_NULL)
    reported_by_public = models.BooleanField(default=False)
    seen_at = models.DateTimeField()
    location_description = models.CharField(max_length=200)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    sleeping_site = models.BooleanField(default=True)
    reporter_email = models.EmailField(blank=True)
    notes = models.TextField(blank=True)


class Contact(models.Model):
    OUTCOMES = [
        ("engaged", "Engaged"),
        ("declined", "Declined support"),
        ("not_found", "Not found"),
        ("bed_offered", "Bed offered"),
    ]

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="contacts")
    worker = models.ForeignKey(Worker, on_delete=models.PROTECT)
    contacted_at = models.DateTimeField()
    outcome = models.CharField(max_length=20, choices=OUTCOMES)
    nights_out = models.PositiveIntegerField(null=True, blank=True)
    referred_to = models.CharField(max_length=120, blank=True)
    summary = models.TextField()
