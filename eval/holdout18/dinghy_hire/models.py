from django.conf import settings
from django.db import models


class Boat(models.Model):
    CLASS_CHOICES = [
        ("topper", "Topper"),
        ("laser", "ILCA / Laser"),
        ("wayfarer", "Wayfarer"),
        ("rs_quest", "RS Quest"),
    ]

    sail_number = models.CharField(max_length=12, unique=True)
    boat_class = models.CharField(max_length=20, choices=CLASS_CHOICES)
    name = models.CharField(max_length=60, blank=True)
    crew_capacity = models.PositiveSmallIntegerField(default=1)
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)
    last_inspected = models.DateField(null=True, blank=True)
    out_of_service = models.BooleanField(default=False)
    hull_notes = models.TextField(blank=True)

    def __str__(self):
        return f"{self.get_boat_class_display()} {self.sail_number}"


class Sailor(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    mobile = models.CharField(max_length=20)
    email = models.EmailField()
    rya_level = models.CharField(
        max_length=30, blank=True, help_text="Highest RYA dinghy certificate held"
    )
    can_swim_50m = models.BooleanField(default=False)
    weight_kg = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Used to suggest a boat and rig size"
    )
    medical_conditions = models.TextField(blank=True)
    emergency_contact_name = models.CharField(max_length=120)
    emergency_contact_phone = models.CharField(max_length=20)
    account_credit = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    banned = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class Hire(models.Model):
    boat = models.ForeignKey(Boat, on_delete=models.PROTECT, related_name="hires")
    sailor = models.ForeignKey(Sailor, on_delete=models.PROTECT, related_name="hires")
    crew = models.ManyToManyField(Sailor, blank=True, related_name="crewed_hires")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True, blank=True)
    price = models.DecimalField(max_digits=7, decimal_places=2)
    paid = models.BooleanField(default=False)
    damage_reported = models.BooleanField(default=False)
    instructor_notes = models.TextField(blank=True)


class SafetyBoatLog(models.Model):
    launched_at = models.DateTimeField()
    driver = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    hire = models.ForeignKey(Hire, null=True, blank=True, on_delete=models.SET_NULL)
    incident_lat = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    incident_lng = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    casualty_injured = models.BooleanField(default=False)
    summary = models.TextField()
    wind_knots = models.PositiveSmallIntegerField(null=True)
