from django.conf import settings
from django.db import models


class Family(models.Model):
    referral_ref = models.CharField(max_length=30, unique=True)
    referred_by = models.CharField(max_length=120)
    court_ordered = models.BooleanField(default=False)
    supervised = models.BooleanField(default=True)
    risk_notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "families"


class Adult(models.Model):
    RESIDENT = "resident"
    NON_RESIDENT = "non_resident"
    GRANDPARENT = "grandparent"
    ROLE_CHOICES = [
        (RESIDENT, "Resident parent"),
        (NON_RESIDENT, "Non-resident parent"),
        (GRANDPARENT, "Grandparent / other relative"),
    ]

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="adults")
    role = models.CharField(max_length=20, choices=ROLE_CHOICES)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=30)
    address = models.TextField(blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    photo = models.ImageField(upload_to="adults/", blank=True)
    vehicle_reg = models.CharField(max_length=10, blank=True)
    interpreter_language = models.CharField(max_length=40, blank=True)

    def __str__(self):
        return f"{self.first_name} {self.last_name}"


class Child(models.Model):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="children")
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=20, blank=True)
    allergies = models.CharField(max_length=200, blank=True)
    special_needs = models.TextField(blank=True)
    school = models.CharField(max_length=120, blank=True)

    class Meta:
        verbose_name_plural = "children"


class Visit(models.Model):
    family = models.ForeignKey(Family, on_delete=models.PROTECT, related_name="visits")
    room = models.CharField(max_length=30)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=12, default="booked")
    observation_report = models.TextField(blank=True)
    fee = models.DecimalField(max_digits=6, decimal_places=2, default=0)


class Incident(models.Model):
    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="incidents")
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    occurred_at = models.DateTimeField()
    summary = models.TextField()
    police_called = models.BooleanField(default=False)
