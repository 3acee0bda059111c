from django.conf import settings
from django.db import models


class PermitStatus(models.TextChoices):
    PENDING = "pending", "Awaiting evidence"
    ACTIVE = "active", "Active"
    EXPIRED = "expired", "Expired"
    REVOKED = "revoked", "Revoked"


class Zone(models.Model):
    code = models.CharField(max_length=8, unique=True)
    name = models.CharField(max_length=80)
    annual_fee_pence = models.PositiveIntegerField()
    max_permits_per_household = models.PositiveSmallIntegerField(default=2)
    boundary = models.JSONField(help_text="GeoJSON polygon of the controlled zone")
    enforcement_hours = models.CharField(max_length=60, default="Mon-Sat 08:30-18:30")

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class Resident(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=10, blank=True)
    forename = models.CharField(max_length=60)
    surname = models.CharField(max_length=60)
    email = models.EmailField()
    daytime_phone = models.CharField(max_length=20, blank=True)
    address_line_1 = models.CharField(max_length=100)
    address_line_2 = models.CharField(max_length=100, blank=True)
    town = models.CharField(max_length=60, default="London")
    postcode = models.CharField(max_length=10)
    zone = models.ForeignKey(Zone, on_delete=models.PROTECT, related_name="residents")
    blue_badge_number = models.CharField(max_length=20, blank=True)
    evidence_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)


class Vehicle(models.Model):
    keeper = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="vehicles")
    registration = models.CharField(max_length=10, db_index=True)
    make = models.CharField(max_length=40)
    colour = models.CharField(max_length=20)
    co2_g_per_km = models.PositiveIntegerField(null=True, blank=True)
    fuel_type = models.CharField(max_length=12)
    is_company_car = models.BooleanField(default=False)


class Permit(models.Model):
    number = models.CharField(max_length=12, unique=True)
    resident = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="permits")
    vehicle = models.ForeignKey(Vehicle, on_delete=models.PROTECT)
    zone = models.ForeignKey(Zone, on_delete=models.PROTECT)
    status = models.CharField(max_length=10, choices=PermitStatus.choices, default=PermitStatus.PENDING)
    valid_from = models.DateField()
    valid_to = models.DateField()
    amount_paid_pence = models.PositiveIntegerField(default=0)
    emissions_surcharge_pence = models.PositiveIntegerField(default=0)
    is_carer_permit = models.BooleanField(default=False)


class CarerPermitDetail(models.Model):
    permit = models.OneToOneField(Permit, on_delete=models.CASCADE, related_name="carer")
    carer_name = models.CharField(max_length=120)
    carer_mobile = models.CharField(max_length=20)
    care_needs = models.TextField(help_text="Why the resident needs regular visits")
    gp_letter = models.FileField(upload_to="carer-evidence/")


class VisitorSession(models.Model):
    permit = models.ForeignKey(Permit, on_delete=models.CASCADE, related_name="visitor_sessions")
    visitor_vrm = models.CharField(max_length=10)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    hours_charged = models.DecimalField(max_digits=4, decimal_places=1)
