from django.conf import settings
from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=120)
    address_line1 = models.CharField(max_length=200)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=10)
    contact_email = models.EmailField()
    wifi_password = models.CharField(max_length=64, blank=True)
    laptops_available = models.PositiveIntegerField(default=0)

    def __str__(self):
        return self.name


class Guardian(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    full_name = models.CharField(max_length=150)
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    home_address = models.TextField()
    postcode = models.CharField(max_length=10)
    newsletter_opt_in = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class Coder(models.Model):
    LEVELS = [
        ("white", "White belt"),
        ("yellow", "Yellow belt"),
        ("green", "Green belt"),
        ("blue", "Blue belt"),
        ("black", "Black belt"),
    ]

    guardian = models.ForeignKey(Guardian, related_name="children", on_delete=models.CASCADE)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    school_year = models.PositiveSmallIntegerField()
    school_name = models.CharField(max_length=120, blank=True)
    medical_notes = models.TextField(blank=True)
    allergies = models.CharField(max_length=200, blank=True)
    photo_consent = models.BooleanField(default=False)
    scratch_username = models.CharField(max_length=40, blank=True)
    photo = models.ImageField(upload_to="coders/photos/", blank=True)
    level = models.CharField(max_length=10, choices=LEVELS, default="white")
    joined_on = models.DateField(auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name"]


class Mentor(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    employer = models.CharField(max_length=120, blank=True)
    dbs_certificate_number = models.CharField(max_length=12)
    github_handle = models.CharField(max_length=39, blank=True)
    bio = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)


class Session(models.Model):
    venue = models.ForeignKey(Venue, on_delete=models.PROTECT)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    topic = models.CharField(max_length=120)
    capacity = models.PositiveSmallIntegerField(default=20)
    lead_mentor = models.ForeignKey(Mentor, null=True, on_delete=models.SET_NULL)


class Attendance(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE)
    coder = models.ForeignKey(Coder, on_delete=models.CASCADE)
    present = models.BooleanField(default=False)
    collected_by = models.CharField(max_length=120, blank=True)
    badge_awarded = models.CharField(max_length=40, blank=True)

    class Meta:
        unique_together = [("session", "coder")]
