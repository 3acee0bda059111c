from django.conf import settings
from django.db import models


class BallStage(models.TextChoices):
    RED = "red", "Red (mini tennis, 8 and under)"
    ORANGE = "orange", "Orange (9 and under)"
    GREEN = "green", "Green (10 and under)"
    YELLOW = "yellow", "Yellow (full ball)"


class Venue(models.Model):
    name = models.CharField(max_length=120)
    address_line = models.CharField(max_length=200)
    postcode = models.CharField(max_length=10)
    court_count = models.PositiveSmallIntegerField(default=4)
    floodlit = models.BooleanField(default=False)
    bookings_phone = models.CharField(max_length=20, blank=True)

    def __str__(self):
        return self.name


class Coach(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach")
    display_name = models.CharField(max_length=80)
    lta_accreditation = models.CharField(max_length=20, help_text="e.g. Level 3 Club Coach")
    dbs_certificate_number = models.CharField(max_length=12)
    dbs_checked_on = models.DateField()
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)
    mobile = models.CharField(max_length=20)
    first_aid_expires = models.DateField(null=True, blank=True)

    def __str__(self):
        return self.display_name


class Guardian(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=20)
    address_line_1 = models.CharField(max_length=120)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    relationship = models.CharField(max_length=30, default="parent")
    marketing_opt_in = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class Junior(models.Model):
    guardian = models.ForeignKey(Guardian, on_delete=models.CASCADE, related_name="juniors")
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=1, choices=[("F", "Girl"), ("M", "Boy")])
    school = models.CharField(max_length=120, blank=True)
    medical_notes = models.TextField(blank=True)
    asthma_inhaler = models.BooleanField(default=False)
    photo_consent = models.BooleanField(default=False)
    ball_stage = models.CharField(max_length=6, choices=BallStage.choices, default=BallStage.RED)
    lta_number = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ["last_name", "first_name"]


class Squad(models.Model):
    name = models.CharField(max_length=60)
    ball_stage = models.CharField(max_length=6, choices=BallStage.choices)
    coach = models.ForeignKey(Coach, on_delete=models.PROTECT, related_name="squads")
    venue = models.ForeignKey(Venue, on_delete=models.PROTECT)
    day_of_week = models.PositiveSmallIntegerField()
    start_time = models.TimeField()
    max_players = models.PositiveSmallIntegerField(default=8)
    termly_fee = models.DecimalField(max_digits=6, decimal_places=2)


class Enrolment(models.Model):
    junior = models.ForeignKey(Junior, on_delete=models.CASCADE, related_name="enrolments")
    squad = models.ForeignKey(Squad, on_delete=models.CASCADE, related_name="enrolments")
    term = models.CharField(max_length=20)
    fee = models.DecimalField(max_digits=6, decimal_places=2)
    waitlisted = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("junior", "squad", "term")]


class Attendance(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendance")
    session_date = models.DateField()
    present = models.BooleanField(default=True)
    coach_comment = models.TextField(blank=True)
    injury_reported = models.BooleanField(default=False)
