from django.conf import settings
from django.db import models


class Employer(models.Model):
    name = models.CharField(max_length=200)
    levy_payer = models.BooleanField(default=False)
    sector = models.CharField(max_length=80, blank=True)
    address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    contact_email = models.EmailField(blank=True)


class TrainingProvider(models.Model):
    name = models.CharField(max_length=200)
    ukprn = models.CharField("UKPRN", max_length=8, unique=True)
    contact_email = models.EmailField()
    portal_enabled = models.BooleanField(default=True)


class Standard(models.Model):
    reference = models.CharField(max_length=10, unique=True)
    title = models.CharField(max_length=200)
    level = models.PositiveSmallIntegerField()
    version = models.CharField(max_length=6, default="1.0")
    funding_band_max = models.PositiveIntegerField()
    active = models.BooleanField(default=True)


class Assessor(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    full_name = models.CharField(max_length=120)
    occupational_background = models.TextField()
    is_freelance = models.BooleanField(default=True)
    standards = models.ManyToManyField(Standard, related_name="assessors")
    max_assessments_per_week = models.PositiveSmallIntegerField(default=6)


class Apprentice(models.Model):
    uln = models.CharField("Unique Learner Number", max_length=10, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    email = models.EmailField()
    employer = models.ForeignKey(Employer, on_delete=models.PROTECT, related_name="apprentices")
    provider = models.ForeignKey(TrainingProvider, on_delete=models.PROTECT, related_name="apprentices")
    standard = models.ForeignKey(Standard, on_delete=models.PROTECT)
    job_title = models.CharField(max_length=120, blank=True)
    gateway_date = models.DateField(null=True, blank=True)
    english_maths_achieved = models.BooleanField(default=False)
    reasonable_adjustments = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)


class Assessment(models.Model):
    COMPONENTS = [
        ("kt", "Knowledge test"),
        ("obs", "Observation with questions"),
        ("pd", "Professional discussion"),
        ("proj", "Project report"),
    ]
    GRADES = [("fail", "Fail"), ("pass", "Pass"), ("merit", "Merit"), ("distinction", "Distinction")]

    apprentice = models.ForeignKey(Apprentice, on_delete=models.CASCADE, related_name="assessments")
    assessor = models.ForeignKey(Assessor, on_delete=models.SET_NULL, null=True)
    component = models.CharField(max_length=4, choices=COMPONENTS)
    scheduled_for = models.DateTimeField()
    remote = models.BooleanField(default=False)
    grade = models.CharField(max_length=12, choices=GRADES, blank=True)
    feedback = models.TextField(blank=True)


class Appeal(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="appeals")
    grounds = models.TextField()
    submitted_on = models.DateField(auto_now_add=True)
    outcome = models.CharField(max_length=20, default="pending")
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
