"""Care home residents, rooms, medication rounds and the kitchen (Django)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Home(models.Model):
    name = models.CharField(max_length=120)
    cqc_location_id = models.CharField(max_length=20)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    telephone = models.CharField(max_length=20)
    email = models.EmailField()
    beds = models.PositiveSmallIntegerField()


class Room(models.Model):
    home = models.ForeignKey(Home, on_delete=models.CASCADE)
    number = models.CharField(max_length=6)
    floor = models.PositiveSmallIntegerField()
    en_suite = models.BooleanField(default=True)
    weekly_fee = models.DecimalField(max_digits=8, decimal_places=2)


class Resident(models.Model):
    room = models.OneToOneField(Room, null=True, on_delete=models.SET_NULL)
    preferred_name = models.CharField(max_length=60)
    full_name = models.CharField(max_length=120)
    date_of_birth = models.DateField()
    nhs_number = models.CharField(max_length=12)
    gp_surgery = models.CharField(max_length=120)
    dementia_diagnosis = models.BooleanField(default=False)
    mobility = models.CharField(max_length=40)
    uses_wheelchair = models.BooleanField(default=False)
    hearing_aid = models.BooleanField(default=False)
    dnacpr_in_place = models.BooleanField(default=False)
    diet = models.CharField(max_length=60)
    faith = models.CharField(max_length=40, blank=True)
    life_story = models.TextField(blank=True)
    next_of_kin_name = models.CharField(max_length=120)
    next_of_kin_phone = models.CharField(max_length=20)
    power_of_attorney_holder = models.CharField(max_length=120, blank=True)
    funding_type = models.CharField(max_length=20)
    admitted_on = models.DateField()


class CareWorker(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    role = models.CharField(max_length=40)
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)
    night_shifts = models.BooleanField(default=False)
    care_certificate_done = models.BooleanField(default=False)


class MedicationRound(models.Model):
    resident = models.ForeignKey(Resident, on_delete=models.CASCADE)
    drug_name = models.CharField(max_length=80)
    dose_mg = models.DecimalField(max_digits=7, decimal_places=2)
    given_by = models.ForeignKey(CareWorker, on_delete=models.PROTECT)
    refused = models.BooleanField(default=False)
    given_at = models.DateTimeField()


class DailyNote(models.Model):
    resident = models.ForeignKey(Resident, on_delete=models.CASCADE)
    written_by = models.ForeignKey(CareWorker, on_delete=models.PROTECT)
    mood = models.CharField(max_length=20)
    fluid_intake_ml = models.PositiveIntegerField()
    note = models.TextField()
    written_at = models.DateTimeField(auto_now_add=True)


class MenuItem(models.Model):
    name = models.CharField(max_length=80)
    allergens = models.CharField(max_length=200)
    calories = models.PositiveIntegerField()
    is_soft_diet = models.BooleanField(default=False)
    gluten_free = models.BooleanField(default=False)


class Supplier(models.Model):
    name = models.CharField(max_length=120)
    contact_email = models.EmailField()
    phone = models.CharField(max_length=20)
    address = models.TextField()
    account_number = models.CharField(max_length=20)
