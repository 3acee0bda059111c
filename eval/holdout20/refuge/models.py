from django.conf import settings
from django.db import models


class Room(models.Model):
    house = models.CharField(max_length=40)
    number = models.CharField(max_length=10)
    bedspaces = models.PositiveSmallIntegerField(default=1)
    accessible = models.BooleanField(default=False)
    occupied = models.BooleanField(default=False)

    class Meta:
        unique_together = [("house", "number")]


class Referral(models.Model):
    SOURCE_CHOICES = [
        ("self", "Self-referral"),
        ("helpline", "National helpline"),
        ("police", "Police"),
        ("idva", "IDVA / MARAC"),
        ("social_care", "Children's social care"),
        ("housing", "Housing options"),
    ]

    received_at = models.DateTimeField(auto_now_add=True)
    source = models.CharField(max_length=20, choices=SOURCE_CHOICES)
    referrer_name = models.CharField(max_length=120, blank=True)
    referrer_agency = models.CharField(max_length=160, blank=True)
    referrer_phone = models.CharField(max_length=20, blank=True)
    survivor_first_name = models.CharField(max_length=60)
    safe_contact_number = models.CharField(max_length=20, blank=True)
    safe_to_leave_voicemail = models.BooleanField(default=False)
    children_count = models.PositiveSmallIntegerField(default=0)
    perpetrator_name = models.CharField(max_length=120, blank=True)
    perpetrator_last_known_area = models.CharField(max_length=120, blank=True)
    areas_to_avoid = models.TextField(blank=True)
    notes = models.TextField(blank=True)


class Resident(models.Model):
    referral = models.OneToOneField(Referral, null=True, blank=True, on_delete=models.SET_NULL)
    room = models.ForeignKey(Room, null=True, on_delete=models.SET_NULL, related_name="residents")
    known_as = models.CharField(max_length=60)
    legal_name = models.CharField(max_length=160)
    date_of_birth = models.DateField(null=True, blank=True)
    first_language = models.CharField(max_length=40, default="English")
    needs_interpreter = models.BooleanField(default=False)
    immigration_status = models.CharField(max_length=60, blank=True)
    disability = models.CharField(max_length=200, blank=True)
    gp_practice = models.CharField(max_length=160, blank=True)
    move_in_date = models.DateField()
    housing_benefit_claim_number = models.CharField(max_length=20, blank=True)
    weekly_service_charge = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    rent_arrears = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    key_worker = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    move_on_address = models.TextField(blank=True)


class Child(models.Model):
    resident = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="children")
    first_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=20, blank=True)
    school = models.CharField(max_length=160, blank=True)
    social_worker = models.CharField(max_length=120, blank=True)

    class Meta:
        verbose_name_plural = "children"


class KeyWorkSession(models.Model):
    resident = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="sessions")
    worker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    held_on = models.DateField()
    duration_minutes = models.PositiveSmallIntegerField(default=60)
    safety_plan_updated = models.BooleanField(default=False)
    summary = models.TextField()
    next_steps = models.TextField(blank=True)
