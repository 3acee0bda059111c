from django.conf import settings
from django.db import models


class Counsellor(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    accreditation = models.CharField(max_length=40, blank=True)
    languages = models.CharField(max_length=120, default="English")
    max_caseload = models.PositiveSmallIntegerField(default=8)
    is_volunteer = models.BooleanField(default=True)


class Client(models.Model):
    reference = models.CharField(max_length=12, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    preferred_name = models.CharField(max_length=60, blank=True)
    pronouns = models.CharField(max_length=20, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    safe_to_leave_voicemail = models.BooleanField(default=False)
    postcode = models.CharField(max_length=10, blank=True)
    referral_source = models.CharField(max_length=20)
    gp_surgery = models.CharField(max_length=120, blank=True)
    counsellor = models.ForeignKey(Counsellor, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)


class Loss(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="losses")
    deceased_name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=40)
    date_of_death = models.DateField()
    cause_of_death = models.CharField(max_length=120, blank=True)
    circumstances = models.TextField(blank=True)


class SessionNote(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="sessions")
    counsellor = models.ForeignKey(Counsellor, on_delete=models.PROTECT)
    session_date = models.DateField()
    session_number = models.PositiveSmallIntegerField()
    attended = models.BooleanField(default=True)
    core10_score = models.PositiveSmallIntegerField(null=True, blank=True)
    risk_flag = models.BooleanField(default=False)
    notes = models.TextField()
