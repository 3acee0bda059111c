"""Employers, vacancies, candidates and applications on the job board."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    is_employer = models.BooleanField(default=False)
    email_confirmed = models.BooleanField(default=False)
    avatar = models.ImageField(upload_to="avatars/", blank=True)


class Company(models.Model):
    name = models.CharField(max_length=160)
    slug = models.SlugField(unique=True)
    website = models.URLField(blank=True)
    headcount_band = models.CharField(max_length=12, blank=True)
    industry = models.CharField(max_length=60, blank=True)
    hq_city = models.CharField(max_length=80, blank=True)
    about = models.TextField(blank=True)
    careers_email = models.EmailField()
    verified = models.BooleanField(default=False)


class Vacancy(models.Model):
    REMOTE_CHOICES = [("onsite", "On-site"), ("hybrid", "Hybrid"), ("remote", "Remote")]

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="vacancies")
    posted_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True)
    title = models.CharField(max_length=160)
    description = models.TextField()
    location = models.CharField(max_length=120)
    remote_policy = models.CharField(max_length=8, choices=REMOTE_CHOICES)
    salary_min = models.PositiveIntegerField(null=True, blank=True)
    salary_max = models.PositiveIntegerField(null=True, blank=True)
    visa_sponsorship = models.BooleanField(default=False)
    closes_on = models.DateField(null=True, blank=True)
    is_featured = models.BooleanField(default=False)


class CandidateProfile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="candidate")
    headline = models.CharField(max_length=160, blank=True)
    current_title = models.CharField(max_length=120, blank=True)
    current_company = models.CharField(max_length=120, blank=True)
    years_experience = models.PositiveSmallIntegerField(default=0)
    highest_qualification = models.CharField(max_length=60, blank=True)
    cv = models.FileField(upload_to="cvs/", blank=True)
    linkedin_url = models.URLField(blank=True)
    github_username = models.CharField(max_length=39, blank=True)
    home_city = models.CharField(max_length=80, blank=True)
    expected_salary = models.PositiveIntegerField(null=True, blank=True)
    job_alerts = models.BooleanField(default=True)


class Application(models.Model):
    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="applications")
    candidate = models.ForeignKey(CandidateProfile, on_delete=models.CASCADE)
    cover_letter = models.TextField(blank=True)
    stage = models.CharField(max_length=20, default="applied")
    recruiter_rating = models.PositiveSmallIntegerField(null=True, blank=True)
    rejection_feedback = models.TextField(blank=True)
    applied_at = models.DateTimeField(auto_now_add=True)


class SavedSearch(models.Model):
    owner = models.ForeignKey(User, on_delete=models.CASCADE)
    query = models.CharField(max_length=200)
    location = models.CharField(max_length=120, blank=True)
    remote_only = models.BooleanField(default=False)
    frequency = models.CharField(max_length=10, default="daily")
