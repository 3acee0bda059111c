from django.conf import settings
from django.db import models

ROLE_GENDER_CHOICES = [
    ("f", "Female"),
    ("m", "Male"),
    ("any", "Any / gender-blind"),
]


class MembershipType(models.TextChoices):
    FULL = "full", "Full member"
    JUNIOR = "junior", "Junior (under 18)"
    FRIEND = "friend", "Friend of the society"


class Member(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="society_member",
    )
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    stage_name = models.CharField(max_length=120, blank=True)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=30, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    membership = models.CharField(
        max_length=10, choices=MembershipType.choices, default=MembershipType.FULL
    )
    playing_age_min = models.PositiveSmallIntegerField(null=True, blank=True)
    playing_age_max = models.PositiveSmallIntegerField(null=True, blank=True)
    height_cm = models.PositiveSmallIntegerField(null=True, blank=True)
    access_needs = models.TextField(blank=True)
    subs_paid_until = models.DateField(null=True, blank=True)
    newsletter = models.BooleanField(default=True)
    joined = models.DateField(auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return self.stage_name or f"{self.first_name} {self.last_name}"


class Production(models.Model):
    title = models.CharField(max_length=200)
    playwright = models.CharField(max_length=120)
    director = models.ForeignKey(
        Member, null=True, on_delete=models.SET_NULL, related_name="directed"
    )
    venue = models.CharField(max_length=120)
    opens_on = models.DateField()
    closes_on = models.DateField()
    audition_notice = models.TextField(blank=True)
    licence_ref = models.CharField(max_length=40, blank=True)
    budget = models.DecimalField(max_digits=8, decimal_places=2, default=0)

    def __str__(self):
        return self.title


class Role(models.Model):
    production = models.ForeignKey(Production, on_delete=models.CASCADE, related_name="roles")
    name = models.CharField(max_length=80)
    description = models.TextField(blank=True)
    playing_age = models.CharField(max_length=20, blank=True)
    gender = models.CharField(max_length=3, choices=ROLE_GENDER_CHOICES, default="any")
    is_singing = models.BooleanField(default=False)

    def __str__(self):
        return f"{self.name} ({self.production})"


class Audition(models.Model):
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="auditions")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="auditions")
    slot_start = models.DateTimeField()
    audition_piece = models.CharField(max_length=200, blank=True)
    conflicts = models.TextField(blank=True, help_text="Rehearsal dates you cannot make")
    panel_notes = models.TextField(blank=True)

    class Meta:
        unique_together = [("role", "member")]


class Casting(models.Model):
    role = models.OneToOneField(Role, on_delete=models.CASCADE, related_name="casting")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="castings")
    understudy = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="understudies"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    costume_measurements = models.JSONField(default=dict, blank=True)
