"""Postnatal peer support: new parents matched with trained volunteer peers."""
from django.conf import settings
from django.db import models


class Parent(models.Model):
    BIRTH_CHOICES = [
        ("vaginal", "Vaginal"),
        ("assisted", "Assisted"),
        ("planned_cs", "Planned caesarean"),
        ("emergency_cs", "Emergency caesarean"),
    ]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    pronouns = models.CharField(max_length=20, blank=True)
    mobile = models.CharField(max_length=20)
    postcode = models.CharField(max_length=10)
    baby_name = models.CharField(max_length=60, blank=True)
    baby_born_on = models.DateField()
    birth_type = models.CharField(max_length=12, choices=BIRTH_CHOICES, blank=True)
    epds_score = models.PositiveSmallIntegerField(null=True, blank=True)
    first_language = models.CharField(max_length=40, default="English")
    interpreter_needed = models.BooleanField(default=False)
    consent_to_share_with_hv = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)


class PeerSupporter(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=60)
    languages = models.CharField(max_length=120)
    own_experience = models.TextField(blank=True)
    max_matches = models.PositiveSmallIntegerField(default=2)
    active = models.BooleanField(default=True)


class Match(models.Model):
    parent = models.ForeignKey(Parent, on_delete=models.CASCADE, related_name="matches")
    supporter = models.ForeignKey(PeerSupporter, on_delete=models.CASCADE, related_name="matches")
    started = models.DateField(auto_now_add=True)
    ended = models.DateField(null=True, blank=True)
    ended_reason = models.TextField(blank=True)
    status = models.CharField(max_length=10, default="active")


class Contact(models.Model):
    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="contacts")
    happened_at = models.DateTimeField()
    method = models.CharField(max_length=10, choices=[("call", "Call"), ("text", "Text"), ("walk", "Walk")])
    duration_minutes = models.PositiveSmallIntegerField(default=0)
    mood_rating = models.PositiveSmallIntegerField(null=True, help_text="1 (very low) to 5")
    notes = models.TextField(blank=True)


class BabyGroup(models.Model):
    name = models.CharField(max_length=80)
    venue = models.CharField(max_length=120)
    postcode = models.CharField(max_length=10)
    weekday = models.PositiveSmallIntegerField()
    start_time = models.TimeField()
    facilitator = models.ForeignKey(PeerSupporter, on_delete=models.SET_NULL, null=True)
