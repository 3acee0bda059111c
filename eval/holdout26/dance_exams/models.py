from django.conf import settings
from django.db import models


class DanceStyle(models.TextChoices):
    BALLET = "ballet", "Ballet"
    TAP = "tap", "Tap"
    MODERN = "modern", "Modern"
    JAZZ = "jazz", "Jazz"


class Guardian(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="guardian"
    )
    full_name = models.CharField(max_length=120)
    email = models.EmailField()
    phone = models.CharField(max_length=20)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    relationship_to_pupil = models.CharField(max_length=30, blank=True)
    marketing_opt_in = models.BooleanField(default=False)

    def __str__(self):
        return self.full_name


class Teacher(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    qualifications = models.CharField(max_length=200, help_text="e.g. RAD RTS, ISTD DDE")
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)
    dbs_number = models.CharField(max_length=12, blank=True)


class Pupil(models.Model):
    SEX_CHOICES = [("F", "Female"), ("M", "Male"), ("X", "Prefer not to say")]

    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    sex = models.CharField(max_length=1, choices=SEX_CHOICES)
    guardian = models.ForeignKey(Guardian, on_delete=models.PROTECT, related_name="pupils")
    school_year = models.PositiveSmallIntegerField(null=True, blank=True)
    medical_info = models.TextField(blank=True)
    photo_permission = models.BooleanField(default=False)
    candidate_number = models.CharField(max_length=12, blank=True)
    active = models.BooleanField(default=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name"]


class ExamSession(models.Model):
    board = models.CharField(max_length=10, choices=[("RAD", "RAD"), ("ISTD", "ISTD"), ("BBO", "BBO")])
    venue = models.CharField(max_length=120)
    venue_postcode = models.CharField(max_length=10)
    session_date = models.DateField()
    entry_deadline = models.DateField()
    examiner_name = models.CharField(max_length=120, blank=True)


class ExamEntry(models.Model):
    pupil = models.ForeignKey(Pupil, on_delete=models.CASCADE, related_name="entries")
    session = models.ForeignKey(ExamSession, on_delete=models.CASCADE)
    teacher = models.ForeignKey(Teacher, on_delete=models.SET_NULL, null=True)
    style = models.CharField(max_length=10, choices=DanceStyle.choices)
    grade_entered = models.CharField(max_length=20)
    fee = models.DecimalField(max_digits=6, decimal_places=2)
    paid = models.BooleanField(default=False)
    access_arrangements = models.TextField(blank=True)
    mark = models.PositiveSmallIntegerField(null=True, blank=True)
    result = models.CharField(max_length=20, blank=True)
    certificate_posted = models.DateField(null=True, blank=True)

    class Meta:
        unique_together = [("pupil", "session", "style")]
