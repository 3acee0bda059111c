from django.conf import settings
from django.db import models


class Squad(models.Model):
    name = models.CharField(max_length=40, unique=True)
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    min_age = models.PositiveSmallIntegerField(default=18)


CATEGORY_CHOICES = [("J", "Junior"), ("S", "Senior"), ("M", "Masters")]


class Member(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    membership_number = models.CharField(max_length=8, unique=True)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=1, choices=[("W", "Women"), ("O", "Open")])
    phone = models.CharField(max_length=20)
    address = models.TextField()
    emergency_contact = models.CharField(max_length=120)
    emergency_phone = models.CharField(max_length=20)
    british_rowing_id = models.CharField(max_length=12, blank=True)
    swim_test_passed = models.BooleanField(default=False)
    medical_notes = models.TextField(blank=True)
    squad = models.ForeignKey(Squad, null=True, blank=True, on_delete=models.SET_NULL)
    category = models.CharField(max_length=1, choices=CATEGORY_CHOICES, default="S")
    subscription_paid_until = models.DateField(null=True, blank=True)
    photo_consent = models.BooleanField(default=False)


class Boat(models.Model):
    name = models.CharField(max_length=60)
    boat_class = models.CharField(max_length=4)
    hull_serial = models.CharField(max_length=30, blank=True)
    rigged_for = models.CharField(max_length=10, default="sweep")
    weight_kg = models.DecimalField(max_digits=5, decimal_places=1)
    damage_reported = models.BooleanField(default=False)
    last_serviced = models.DateField(null=True, blank=True)


class Outing(models.Model):
    boat = models.ForeignKey(Boat, on_delete=models.PROTECT)
    cox = models.ForeignKey(Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="coxed")
    crew = models.ManyToManyField(Member, related_name="outings")
    launched_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True, blank=True)
    river_conditions = models.CharField(max_length=10, default="green")
    distance_km = models.DecimalField(max_digits=5, decimal_places=1, null=True)


class ErgScore(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="erg_scores")
    distance_m = models.PositiveIntegerField(default=2000)
    time_seconds = models.DecimalField(max_digits=6, decimal_places=1)
    body_weight_kg = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
