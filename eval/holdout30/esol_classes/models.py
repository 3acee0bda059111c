from django.conf import settings
from django.db import models


class Level(models.TextChoices):
    PRE_ENTRY = "PE", "Pre-entry"
    ENTRY_1 = "E1", "Entry 1"
    ENTRY_2 = "E2", "Entry 2"
    ENTRY_3 = "E3", "Entry 3"
    LEVEL_1 = "L1", "Level 1"
    LEVEL_2 = "L2", "Level 2"


class Learner(models.Model):
    first_name = models.CharField(max_length=80)
    family_name = models.CharField(max_length=80)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    mobile = models.CharField(max_length=20)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    first_language = models.CharField(max_length=40)
    country_of_birth = models.CharField(max_length=60)
    immigration_status = models.CharField(max_length=30, blank=True,
                                          help_text="Refugee, asylum seeker, settled, pre-settled, other")
    ni_number = models.CharField(max_length=9, blank=True)
    on_benefits = models.BooleanField(default=False)
    learning_difficulty = models.BooleanField(default=False)
    childcare_needed = models.BooleanField(default=False)

    def __str__(self):
        return f"{self.first_name} {self.family_name}"


class Course(models.Model):
    code = models.CharField(max_length=12, unique=True)
    title = models.CharField(max_length=120)
    level = models.CharField(max_length=2, choices=Level.choices)
    tutor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="esol_courses")
    room = models.CharField(max_length=20)
    weekly_hours = models.DecimalField(max_digits=4, decimal_places=1)
    fee = models.DecimalField(max_digits=7, decimal_places=2, default=0)


class Enrolment(models.Model):
    REMISSION = [("full", "Full remission"), ("partial", "Partial"), ("none", "None")]

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="enrolments")
    fee_remission = models.CharField(max_length=7, choices=REMISSION, default="none")
    enrolled_on = models.DateField(auto_now_add=True)
    withdrawn_reason = models.TextField(blank=True)


class InitialAssessment(models.Model):
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="assessments")
    assessed_on = models.DateField()
    speaking_level = models.CharField(max_length=2, choices=Level.choices)
    listening_level = models.CharField(max_length=2, choices=Level.choices)
    reading_level = models.CharField(max_length=2, choices=Level.choices)
    writing_level = models.CharField(max_length=2, choices=Level.choices)
    assessor_comments = models.TextField(blank=True)


class Attendance(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendance")
    lesson_date = models.DateField()
    present = models.BooleanField(default=False)
    minutes_late = models.PositiveSmallIntegerField(default=0)
