from django.db import models


class AgeGroup(models.Model):
    label = models.CharField(max_length=10)  # "U12", "U14"
    season = models.CharField(max_length=9)
    squad_size = models.PositiveSmallIntegerField(default=18)
    lead_coach = models.ForeignKey("Coach", null=True, on_delete=models.SET_NULL)


class Coach(models.Model):
    full_name = models.CharField(max_length=120)
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    uefa_licence = models.CharField(max_length=20)
    dbs_certificate_number = models.CharField(max_length=12)
    dbs_checked_on = models.DateField()
    role = models.CharField(max_length=40)


class Trialist(models.Model):
    first_name = models.CharField(max_length=60)
    surname = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    current_club = models.CharField(max_length=120, blank=True)
    school = models.CharField(max_length=120, blank=True)
    position = models.CharField(max_length=20)
    preferred_foot = models.CharField(max_length=5, choices=[("L", "Left"), ("R", "Right"), ("B", "Both")])
    height_cm = models.PositiveSmallIntegerField(null=True)
    medical_notes = models.TextField(blank=True)
    parent_name = models.CharField(max_length=120)
    parent_email = models.EmailField()
    parent_phone = models.CharField(max_length=20)
    home_postcode = models.CharField(max_length=10)
    photo_consent = models.BooleanField(default=False)
    registered_at = models.DateTimeField(auto_now_add=True)


class TrialSession(models.Model):
    age_group = models.ForeignKey(AgeGroup, on_delete=models.CASCADE)
    venue = models.CharField(max_length=120)
    pitch = models.CharField(max_length=20)
    kick_off = models.DateTimeField()
    places = models.PositiveSmallIntegerField()


class Assessment(models.Model):
    session = models.ForeignKey(TrialSession, on_delete=models.CASCADE)
    trialist = models.ForeignKey(Trialist, on_delete=models.CASCADE, related_name="assessments")
    assessor = models.ForeignKey(Coach, on_delete=models.PROTECT)
    technical = models.PositiveSmallIntegerField()
    tactical = models.PositiveSmallIntegerField()
    physical = models.PositiveSmallIntegerField()
    attitude = models.PositiveSmallIntegerField()
    sprint_20m_seconds = models.DecimalField(max_digits=4, decimal_places=2, null=True)
    comments = models.TextField(blank=True)
    outcome = models.CharField(max_length=12)  # invite back / offer / release
