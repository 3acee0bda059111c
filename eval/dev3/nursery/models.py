"""Day nursery: rooms, children, guardians, practitioners, diary and incidents (Django)."""

from django.conf import settings
from django.db import models


class Room(models.Model):
    name = models.CharField(max_length=40)
    min_age_months = models.PositiveSmallIntegerField()
    max_age_months = models.PositiveSmallIntegerField()
    capacity = models.PositiveSmallIntegerField()


class Practitioner(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    role = models.CharField(max_length=40)
    qualification_level = models.CharField(max_length=20)
    dbs_number = models.CharField(max_length=12)
    first_aid_expiry = models.DateField(null=True)


class Child(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=10, blank=True)
    room = models.ForeignKey(Room, on_delete=models.PROTECT)
    start_date = models.DateField()
    allergies = models.TextField(blank=True)
    dietary_needs = models.CharField(max_length=200, blank=True)
    medical_conditions = models.TextField(blank=True)
    gp_surgery = models.CharField(max_length=120, blank=True)
    sen_support = models.BooleanField(default=False)
    photo = models.ImageField(upload_to="children/", blank=True)
    photo_consent = models.BooleanField(default=False)
    religion = models.CharField(max_length=40, blank=True)
    home_language = models.CharField(max_length=40, blank=True)
    key_worker = models.ForeignKey(Practitioner, on_delete=models.SET_NULL, null=True)


class Guardian(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="guardians")
    name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=40)
    phone = models.CharField(max_length=20)
    email = models.EmailField(blank=True)
    address = models.TextField()
    employer = models.CharField(max_length=120, blank=True)
    work_phone = models.CharField(max_length=20, blank=True)
    can_collect = models.BooleanField(default=True)
    collection_password = models.CharField(max_length=40, blank=True)


class DiaryEntry(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE)
    recorded_by = models.ForeignKey(Practitioner, on_delete=models.SET_NULL, null=True)
    note = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)


class Incident(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE)
    injury_description = models.TextField()
    parent_signature = models.ImageField(upload_to="signatures/")
    occurred_at = models.DateTimeField()
    location_in_setting = models.CharField(max_length=60)
