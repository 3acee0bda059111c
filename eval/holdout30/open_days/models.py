import uuid

from django.db import models


class OpenDay(models.Model):
    title = models.CharField(max_length=120)
    date = models.DateField()
    campus = models.CharField(max_length=60)
    capacity = models.PositiveIntegerField()
    is_virtual = models.BooleanField(default=False)
    registration_closes = models.DateTimeField()

    def __str__(self):
        return f"{self.title} ({self.date:%d %b %Y})"


class Session(models.Model):
    open_day = models.ForeignKey(OpenDay, on_delete=models.CASCADE, related_name="sessions")
    subject = models.CharField(max_length=120)
    speaker_name = models.CharField(max_length=120, blank=True)
    room = models.CharField(max_length=40)
    starts_at = models.TimeField()
    capacity = models.PositiveIntegerField(default=80)


class Visitor(models.Model):
    FEE_STATUS = [("home", "Home"), ("international", "International"), ("unsure", "Not sure")]

    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField()
    mobile = models.CharField(max_length=20, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    current_school = models.CharField(max_length=150, blank=True)
    year_of_entry = models.PositiveSmallIntegerField(null=True, blank=True)
    predicted_grades = models.CharField(max_length=30, blank=True)
    country_of_residence = models.CharField(max_length=2, default="GB")
    fee_status = models.CharField(max_length=13, choices=FEE_STATUS, default="unsure")
    first_generation = models.BooleanField(default=False, help_text="First in family to go to university")
    accessibility_requirements = models.TextField(blank=True)
    marketing_consent = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class Booking(models.Model):
    SOURCES = [("ucas", "UCAS"), ("school", "School or teacher"), ("social", "Social media"), ("other", "Other")]

    visitor = models.ForeignKey(Visitor, on_delete=models.CASCADE, related_name="bookings")
    open_day = models.ForeignKey(OpenDay, on_delete=models.PROTECT, related_name="bookings")
    sessions = models.ManyToManyField(Session, blank=True)
    booking_reference = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    guests = models.PositiveSmallIntegerField(default=0)
    parking_required = models.BooleanField(default=False)
    source = models.CharField(max_length=10, choices=SOURCES, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    cancelled = models.BooleanField(default=False)


class Feedback(models.Model):
    booking = models.OneToOneField(Booking, on_delete=models.CASCADE)
    rating = models.PositiveSmallIntegerField()
    comments = models.TextField(blank=True)
    submitted_at = models.DateTimeField(auto_now_add=True)
