from django.conf import settings
from django.db import models


class Office(models.Model):
    name = models.CharField(max_length=120)
    street = models.CharField(max_length=200)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=10)
    phone = models.CharField(max_length=20)
    has_hearing_loop = models.BooleanField(default=False)


class Adviser(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    office = models.ForeignKey(Office, on_delete=models.PROTECT)
    is_volunteer = models.BooleanField(default=True)
    specialisms = models.CharField(max_length=200, blank=True)  # debt, housing, immigration
    languages_spoken = models.CharField(max_length=200, blank=True)
    oisc_level = models.PositiveSmallIntegerField(null=True, blank=True)


class Client(models.Model):
    reference = models.CharField(max_length=12, unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField(null=True, blank=True)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    safe_to_leave_voicemail = models.BooleanField(default=False)
    preferred_language = models.CharField(max_length=40, default="English")
    needs_interpreter = models.BooleanField(default=False)
    household_type = models.CharField(max_length=30, blank=True)  # single, couple with children...
    tenure = models.CharField(max_length=30, blank=True)  # private rent, social rent, owner
    disability = models.BooleanField(null=True)
    ethnicity = models.CharField(max_length=60, blank=True)
    immigration_status = models.CharField(max_length=60, blank=True)
    national_insurance_number = models.CharField(max_length=9, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Appointment(models.Model):
    CHANNELS = [("office", "In person"), ("phone", "Phone"), ("video", "Video")]

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="appointments")
    adviser = models.ForeignKey(Adviser, on_delete=models.SET_NULL, null=True)
    office = models.ForeignKey(Office, on_delete=models.PROTECT)
    channel = models.CharField(max_length=10, choices=CHANNELS)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=45)
    topic = models.CharField(max_length=40)
    did_not_attend = models.BooleanField(default=False)


class CaseRecord(models.Model):
    appointment = models.OneToOneField(Appointment, on_delete=models.CASCADE)
    advice_given = models.TextField()
    monthly_income = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    total_debt = models.DecimalField(max_digits=10, decimal_places=2, null=True)
    priority_debts = models.TextField(blank=True)
    benefit_entitlement_gain = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    referred_to = models.CharField(max_length=120, blank=True)
    follow_up_by = models.DateField(null=True)
