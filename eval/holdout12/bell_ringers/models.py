from django.conf import settings
from django.db import models


class Tower(models.Model):
    PRACTICE_NIGHTS = [
        ("mon", "Monday"),
        ("tue", "Tuesday"),
        ("wed", "Wednesday"),
        ("thu", "Thursday"),
        ("fri", "Friday"),
    ]

    dove_id = models.PositiveIntegerField(unique=True)
    name = models.CharField(max_length=120)
    dedication = models.CharField(max_length=120, blank=True)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    bells = models.PositiveSmallIntegerField(default=6)
    tenor_weight_cwt = models.DecimalField(max_digits=5, decimal_places=2)
    ground_floor_ring = models.BooleanField(default=False)
    practice_night = models.CharField(max_length=3, choices=PRACTICE_NIGHTS)
    tower_captain = models.ForeignKey(
        "Ringer", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    access_notes = models.TextField(blank=True)

    def __str__(self):
        return f"{self.name} ({self.dedication})"


class Ringer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField()
    phone = models.CharField(max_length=20, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    is_junior = models.BooleanField(default=False)
    home_tower = models.ForeignKey(Tower, on_delete=models.PROTECT, related_name="band")
    guild_number = models.CharField(max_length=12, blank=True)
    dbs_certificate_no = models.CharField(max_length=12, blank=True)
    dbs_checked_on = models.DateField(null=True, blank=True)
    emergency_contact_name = models.CharField(max_length=120, blank=True)
    emergency_contact_phone = models.CharField(max_length=20, blank=True)
    medical_notes = models.TextField(blank=True)
    newsletter = models.BooleanField(default=False)
    photo_consent = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name"]


class Peal(models.Model):
    tower = models.ForeignKey(Tower, on_delete=models.PROTECT)
    rung_on = models.DateField()
    method = models.CharField(max_length=200)
    changes = models.PositiveIntegerField()
    duration_minutes = models.PositiveSmallIntegerField()
    conductor = models.ForeignKey(Ringer, on_delete=models.PROTECT, related_name="conducted")
    footnote = models.TextField(blank=True)
    bellboard_id = models.PositiveIntegerField(null=True, blank=True)
    ringers = models.ManyToManyField(Ringer, through="PealRinger", related_name="peals")


class PealRinger(models.Model):
    peal = models.ForeignKey(Peal, on_delete=models.CASCADE)
    ringer = models.ForeignKey(Ringer, on_delete=models.CASCADE)
    bell = models.PositiveSmallIntegerField()
    first_peal = models.BooleanField(default=False)


class PracticeAttendance(models.Model):
    ringer = models.ForeignKey(Ringer, on_delete=models.CASCADE)
    tower = models.ForeignKey(Tower, on_delete=models.CASCADE)
    practice_date = models.DateField()
    attended = models.BooleanField(default=True)
    rang_methods = models.CharField(max_length=255, blank=True)
