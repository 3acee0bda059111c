from django.conf import settings
from django.db import models


class Student(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    student_number = models.CharField(max_length=12, unique=True)
    preferred_name = models.CharField(max_length=80)
    pronouns = models.CharField(max_length=20, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    faculty = models.CharField(max_length=80)
    year_of_study = models.PositiveSmallIntegerField()
    international_student = models.BooleanField(default=False)
    term_time_postcode = models.CharField(max_length=10, blank=True)
    gp_surgery = models.CharField(max_length=120, blank=True)
    disability_registered = models.BooleanField(default=False)
    emergency_contact_name = models.CharField(max_length=120, blank=True)
    emergency_contact_phone = models.CharField(max_length=20, blank=True)
    created = models.DateTimeField(auto_now_add=True)


class DropInSession(models.Model):
    LOCATIONS = [("library", "Library, room 2.14"), ("union", "Students' Union"), ("online", "Online")]

    location = models.CharField(max_length=20, choices=LOCATIONS)
    room = models.CharField(max_length=40, blank=True)
    starts_at = models.DateTimeField()
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    capacity = models.PositiveSmallIntegerField(default=8)


class Visit(models.Model):
    URGENCY = [("routine", "Routine"), ("soon", "Within a week"), ("urgent", "Same day")]

    session = models.ForeignKey(DropInSession, on_delete=models.CASCADE, related_name="visits")
    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="visits")
    arrived_at = models.DateTimeField()
    presenting_issue = models.TextField()
    urgency = models.CharField(max_length=10, choices=URGENCY, default="routine")
    risk_to_self = models.BooleanField(default=False)
    phq9_score = models.PositiveSmallIntegerField(null=True, blank=True)
    gad7_score = models.PositiveSmallIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=40, blank=True)
    referred_to_nhs = models.BooleanField(default=False)
    counsellor_notes = models.TextField(blank=True)
    follow_up_on = models.DateField(null=True, blank=True)


class Resource(models.Model):
    title = models.CharField(max_length=120)
    url = models.URLField(blank=True)
    category = models.CharField(max_length=40)
    phone_number = models.CharField(max_length=20, blank=True)
    opening_hours = models.CharField(max_length=80, blank=True)
    is_crisis_line = models.BooleanField(default=False)
