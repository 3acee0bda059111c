"""Peer support groups for people who stammer: regions, groups, members, attendance."""
from django.conf import settings
from django.db import models


class Region(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    enquiries_email = models.EmailField(help_text="Shared regional inbox")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Facilitator(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=120)
    phone = models.CharField(max_length=20, blank=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="facilitators")
    bio = models.TextField(blank=True)
    lived_experience = models.BooleanField(
        default=True, help_text="Facilitator stammers themselves"
    )
    safeguarding_trained_on = models.DateField(null=True, blank=True)
    active = models.BooleanField(default=True)


class Group(models.Model):
    IN_PERSON = "in_person"
    ONLINE = "online"
    MEETING_MODES = [(IN_PERSON, "In person"), (ONLINE, "Online")]

    name = models.CharField(max_length=120)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="groups")
    facilitator = models.ForeignKey(Facilitator, on_delete=models.SET_NULL, null=True)
    meeting_mode = models.CharField(max_length=12, choices=MEETING_MODES, default=IN_PERSON)
    venue_name = models.CharField(max_length=120, blank=True)
    venue_address = models.TextField(blank=True)
    video_link = models.URLField(blank=True)
    weekday = models.PositiveSmallIntegerField()
    starts_at = models.TimeField()
    capacity = models.PositiveSmallIntegerField(default=12)
    audience = models.CharField(max_length=20, default="adults")


class Member(models.Model):
    ONSET_CHOICES = [
        ("developmental", "Since childhood"),
        ("acquired", "Started as an adult"),
        ("unsure", "Not sure"),
    ]

    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    preferred_name = models.CharField(max_length=60, blank=True)
    pronouns = models.CharField(max_length=30, blank=True)
    email = models.EmailField(unique=True)
    mobile = models.CharField(max_length=20, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    onset = models.CharField(max_length=20, choices=ONSET_CHOICES, blank=True)
    therapy_history = models.TextField(blank=True)
    communication_preferences = models.TextField(
        blank=True, help_text="e.g. prefers text to calls, needs extra time on the phone"
    )
    groups = models.ManyToManyField(Group, through="Attendance", related_name="members")
    newsletter = models.BooleanField(default=False)
    joined_at = models.DateTimeField(auto_now_add=True)


class Attendance(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    group = models.ForeignKey(Group, on_delete=models.CASCADE)
    session_date = models.DateField()
    attended = models.BooleanField(default=True)
    first_visit = models.BooleanField(default=False)
    facilitator_note = models.TextField(blank=True)

    class Meta:
        unique_together = [("member", "group", "session_date")]
