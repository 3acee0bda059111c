from django.conf import settings
from django.db import models


class Programme(models.Model):
    name = models.CharField(max_length=120)
    sponsor_organisation = models.CharField(max_length=120, blank=True)
    starts_on = models.DateField()
    ends_on = models.DateField()
    contact_email = models.EmailField()
    budget = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)


class Mentor(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor")
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT)
    job_title = models.CharField(max_length=120)
    employer = models.CharField(max_length=120)
    years_experience = models.PositiveSmallIntegerField(default=0)
    bio = models.TextField(blank=True)
    linkedin_url = models.URLField(blank=True)
    dbs_certificate_number = models.CharField(max_length=12, blank=True)
    dbs_checked_on = models.DateField(null=True, blank=True)
    max_mentees = models.PositiveSmallIntegerField(default=2)
    active = models.BooleanField(default=True)


class Mentee(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentee")
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT)
    date_of_birth = models.DateField()
    school = models.CharField(max_length=120)
    year_group = models.PositiveSmallIntegerField()
    free_school_meals = models.BooleanField(default=False)
    first_in_family_at_university = models.BooleanField(default=False)
    pronouns = models.CharField(max_length=20, blank=True)
    goals = models.TextField(blank=True)
    parent_guardian_name = models.CharField(max_length=120)
    parent_guardian_phone = models.CharField(max_length=20)


class Match(models.Model):
    END_REASONS = [("completed", "Completed"), ("mentor_left", "Mentor left"), ("mentee_left", "Mentee left"), ("other", "Other")]

    mentor = models.ForeignKey(Mentor, on_delete=models.PROTECT, related_name="matches")
    mentee = models.ForeignKey(Mentee, on_delete=models.PROTECT, related_name="matches")
    matched_on = models.DateField(auto_now_add=True)
    ended_on = models.DateField(null=True, blank=True)
    end_reason = models.CharField(max_length=20, choices=END_REASONS, blank=True)
    matched_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)


class Session(models.Model):
    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="sessions")
    held_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=60)
    format = models.CharField(max_length=10, choices=[("video", "Video"), ("in_person", "In person")])
    video_link = models.URLField(blank=True)
    mentor_reflection = models.TextField(blank=True)
    mentee_feedback = models.TextField(blank=True)
    safeguarding_flag = models.BooleanField(default=False)
