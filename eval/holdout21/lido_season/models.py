from django.conf import settings
from django.db import models


class Lido(models.Model):
    name = models.CharField(max_length=80)
    address = models.TextField()
    phone = models.CharField(max_length=20)
    opening_date = models.DateField()
    water_temp_c = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    lifeguard_count = models.PositiveSmallIntegerField(default=2)


class SeasonTicketHolder(models.Model):
    TICKET_TYPES = [
        ("adult", "Adult"),
        ("junior", "Junior (under 16)"),
        ("senior", "60 and over"),
    ]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField()
    mobile = models.CharField(max_length=20, blank=True)
    date_of_birth = models.DateField()
    ticket_type = models.CharField(max_length=10, choices=TICKET_TYPES)
    photo = models.ImageField(upload_to="ticket_photos/")
    ticket_number = models.CharField(max_length=12, unique=True)
    valid_until = models.DateField()
    suspended = models.BooleanField(default=False)
    swim_club_member = models.BooleanField(default=False)
    marketing_opt_in = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)


class FamilyMember(models.Model):
    holder = models.ForeignKey(SeasonTicketHolder, on_delete=models.CASCADE, related_name="family")
    name = models.CharField(max_length=120)
    date_of_birth = models.DateField()
    can_swim_unaided = models.BooleanField(default=False)
    photo = models.ImageField(upload_to="ticket_photos/", blank=True)


class Swim(models.Model):
    holder = models.ForeignKey(SeasonTicketHolder, on_delete=models.CASCADE, related_name="swims")
    lido = models.ForeignKey(Lido, on_delete=models.CASCADE)
    entered_at = models.DateTimeField()
    lane_swim = models.BooleanField(default=False)
    turnstile_id = models.CharField(max_length=10)


class WaterReading(models.Model):
    lido = models.ForeignKey(Lido, on_delete=models.CASCADE, related_name="readings")
    taken_at = models.DateTimeField()
    temperature_c = models.DecimalField(max_digits=4, decimal_places=1)
    chlorine_ppm = models.DecimalField(max_digits=4, decimal_places=2)
    ph = models.DecimalField(max_digits=3, decimal_places=1)
    taken_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)


class IncidentReport(models.Model):
    lido = models.ForeignKey(Lido, on_delete=models.CASCADE)
    occurred_at = models.DateTimeField()
    casualty_name = models.CharField(max_length=120, blank=True)
    casualty_age = models.PositiveSmallIntegerField(null=True, blank=True)
    injury = models.CharField(max_length=200)
    first_aid_given = models.TextField(blank=True)
    ambulance_called = models.BooleanField(default=False)
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
