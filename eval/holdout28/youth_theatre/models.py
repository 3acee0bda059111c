from django.conf import settings
from django.db import models


class AgeBand(models.TextChoices):
    JUNIORS = "juniors", "Juniors (8-11)"
    INTERMEDIATES = "inters", "Intermediates (12-14)"
    SENIORS = "seniors", "Seniors (15-18)"


class Tutor(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    bio = models.TextField(blank=True)
    dbs_number = models.CharField(max_length=12)
    phone = models.CharField(max_length=20)
    day_rate = models.DecimalField(max_digits=7, decimal_places=2)


class Workshop(models.Model):
    title = models.CharField(max_length=120)
    age_band = models.CharField(max_length=8, choices=AgeBand.choices)
    leader = models.ForeignKey(Tutor, on_delete=models.PROTECT, related_name="workshops")
    venue = models.CharField(max_length=120)
    weekday = models.PositiveSmallIntegerField()
    start_time = models.TimeField()
    term_starts = models.DateField()
    capacity = models.PositiveSmallIntegerField(default=20)
    fee = models.DecimalField(max_digits=6, decimal_places=2)


class Member(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    preferred_name = models.CharField(max_length=60, blank=True)
    pronouns = models.CharField(max_length=20, blank=True)
    date_of_birth = models.DateField()
    school = models.CharField(max_length=120, blank=True)
    school_year = models.PositiveSmallIntegerField(null=True, blank=True)
    ethnicity = models.CharField(max_length=60, blank=True)
    free_school_meals = models.BooleanField(default=False)
    medical_info = models.TextField(blank=True)
    allergies = models.CharField(max_length=200, blank=True)
    medication = models.CharField(max_length=200, blank=True)
    send_needs = models.TextField("SEND / access needs", blank=True)
    photo_consent = models.BooleanField(default=False)
    may_leave_alone = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.preferred_name or self.first_name


class Guardian(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="guardians")
    name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=40)
    phone = models.CharField(max_length=20)
    email = models.EmailField(blank=True)
    address = models.TextField(blank=True)
    is_emergency_contact = models.BooleanField(default=True)
    collection_password = models.CharField(max_length=40, blank=True)


class Enrolment(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="enrolments")
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="enrolments")
    status = models.CharField(max_length=12, default="waitlist")
    sessions_attended = models.PositiveSmallIntegerField(default=0)
    show_role = models.CharField(max_length=60, blank=True)
    enrolled_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("member", "workshop")]
