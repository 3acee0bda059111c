from django.conf import settings
from django.db import models


class AgeGroup(models.Model):
    code = models.CharField(max_length=8, unique=True)
    label = models.CharField(max_length=40)
    min_age = models.PositiveSmallIntegerField()
    max_age = models.PositiveSmallIntegerField()
    contact_format = models.CharField(
        max_length=20,
        choices=[("tag", "Tag"), ("transition", "Transition"), ("contact", "Full contact")],
    )
    season = models.CharField(max_length=9, help_text="e.g. 2024/25")

    class Meta:
        ordering = ["min_age"]

    def __str__(self):
        return self.label


class Player(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    age_group = models.ForeignKey(AgeGroup, on_delete=models.PROTECT, related_name="players")
    school = models.CharField(max_length=120, blank=True)
    medical_notes = models.TextField(blank=True)
    asthma_inhaler = models.BooleanField(default=False)
    photo_consent = models.BooleanField(default=False)
    gms_id = models.CharField("RFU GMS ID", max_length=12, blank=True)
    shirt_number = models.PositiveSmallIntegerField(null=True, blank=True)
    registered_at = models.DateTimeField(auto_now_add=True)
    is_active = models.BooleanField(default=True)

    def __str__(self):
        return f"{self.first_name} {self.last_name}"


class Guardian(models.Model):
    player = models.ForeignKey(Player, on_delete=models.CASCADE, related_name="guardians")
    full_name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=30)
    mobile = models.CharField(max_length=20)
    email = models.EmailField()
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    can_collect = models.BooleanField(default=True)
    newsletter = models.BooleanField(default=False)


class Coach(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    dbs_certificate_number = models.CharField(max_length=12)
    dbs_issued_on = models.DateField()
    first_aid_expires = models.DateField(null=True, blank=True)
    coaching_level = models.PositiveSmallIntegerField(default=1)
    groups = models.ManyToManyField(AgeGroup, related_name="coaches")
    phone = models.CharField(max_length=20)


class TrainingSession(models.Model):
    age_group = models.ForeignKey(AgeGroup, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField()
    pitch = models.CharField(max_length=20, default="Pitch 3")
    cancelled = models.BooleanField(default=False)
    plan = models.TextField(blank=True)


class Attendance(models.Model):
    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE)
    player = models.ForeignKey(Player, on_delete=models.CASCADE, related_name="attendance")
    present = models.BooleanField(default=True)
    arrived_late = models.BooleanField(default=False)

    class Meta:
        unique_together = [("session", "player")]


class InjuryReport(models.Model):
    player = models.ForeignKey(Player, on_delete=models.CASCADE, related_name="injuries")
    session = models.ForeignKey(TrainingSession, null=True, blank=True, on_delete=models.SET_NULL)
    occurred_at = models.DateTimeField()
    injury_type = models.CharField(max_length=60)
    head_injury_suspected = models.BooleanField(default=False)
    what_happened = models.TextField()
    treatment_given = models.CharField(max_length=200, blank=True)
    parent_informed = models.BooleanField(default=False)
    reported_by = models.ForeignKey(Coach, on_delete=models.PROTECT)
