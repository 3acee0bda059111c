from django.conf import settings
from django.db import models


class Instructor(models.Model):
    TRANSMISSION_CHOICES = [("manual", "Manual"), ("automatic", "Automatic")]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="instructor")
    display_name = models.CharField(max_length=100)
    adi_number = models.CharField("ADI number", max_length=10, unique=True)
    mobile = models.CharField(max_length=20)
    email = models.EmailField()
    car_make_model = models.CharField(max_length=80, blank=True)
    transmission = models.CharField(max_length=10, choices=TRANSMISSION_CHOICES, default="manual")
    lesson_price = models.DecimalField(max_digits=6, decimal_places=2)
    default_lesson_minutes = models.PositiveSmallIntegerField(default=60)

    def __str__(self):
        return self.display_name


class Pupil(models.Model):
    instructor = models.ForeignKey(Instructor, on_delete=models.CASCADE, related_name="pupils")
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    phone = models.CharField(max_length=20)
    email = models.EmailField(blank=True)
    pickup_address = models.TextField()
    provisional_licence_number = models.CharField(max_length=16)
    theory_passed_on = models.DateField(null=True, blank=True)
    wears_glasses = models.BooleanField(default=False)
    lesson_balance = models.PositiveSmallIntegerField(default=0, help_text="Prepaid lessons left")
    notes = models.TextField(blank=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name"]


class LessonStatus(models.TextChoices):
    BOOKED = "booked"
    DONE = "done"
    CANCELLED = "cancelled"
    LATE_CANCEL = "late_cancel"


class Lesson(models.Model):
    instructor = models.ForeignKey(Instructor, on_delete=models.CASCADE, related_name="lessons")
    pupil = models.ForeignKey(Pupil, on_delete=models.CASCADE, related_name="lessons")
    start = models.DateTimeField(db_index=True)
    duration_minutes = models.PositiveSmallIntegerField(default=60)
    pickup_location = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=12, choices=LessonStatus.choices, default=LessonStatus.BOOKED)
    paid = models.BooleanField(default=False)
    covered = models.TextField(blank=True, help_text="What we worked on")


class DrivingTest(models.Model):
    pupil = models.ForeignKey(Pupil, on_delete=models.CASCADE, related_name="tests")
    test_centre = models.CharField(max_length=80)
    booked_for = models.DateTimeField()
    dvsa_booking_ref = models.CharField(max_length=12)
    passed = models.BooleanField(null=True)
    driving_faults = models.PositiveSmallIntegerField(null=True, blank=True)
    examiner_name = models.CharField(max_length=80, blank=True)


class MileageEntry(models.Model):
    instructor = models.ForeignKey(Instructor, on_delete=models.CASCADE)
    date = models.DateField()
    odometer_start = models.PositiveIntegerField()
    odometer_end = models.PositiveIntegerField()
    fuel_cost = models.DecimalField(max_digits=7, decimal_places=2, null=True)
