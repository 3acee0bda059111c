from django.conf import settings
from django.db import models


class Section(models.Model):
    name = models.CharField(max_length=40)
    meeting_day = models.CharField(max_length=9)
    meeting_time = models.TimeField()
    min_age = models.PositiveSmallIntegerField()
    max_age = models.PositiveSmallIntegerField()

    def __str__(self):
        return self.name


class Leader(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    full_name = models.CharField(max_length=120)
    membership_number = models.CharField(max_length=10, unique=True)
    role = models.CharField(max_length=80)
    section = models.ForeignKey(Section, on_delete=models.SET_NULL, null=True, blank=True)
    mobile = models.CharField(max_length=20)
    dbs_certificate_number = models.CharField(max_length=12, blank=True)
    safeguarding_training_due = models.DateField(null=True, blank=True)


class YoungPerson(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=20, blank=True)
    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="members")
    school = models.CharField(max_length=120, blank=True)
    promise_variant = models.CharField(max_length=40, blank=True, help_text="Faith or no-faith version of the promise")
    medical_conditions = models.TextField(blank=True)
    medication = models.TextField(blank=True)
    allergies = models.CharField(max_length=200, blank=True)
    photo_consent = models.BooleanField(default=False)
    subs_paid = models.BooleanField(default=False)
    joined_on = models.DateField(auto_now_add=True)


class Guardian(models.Model):
    children = models.ManyToManyField(YoungPerson, related_name="guardians")
    name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=30)
    phone = models.CharField(max_length=20)
    email = models.EmailField()
    address = models.TextField()
    is_emergency_contact = models.BooleanField(default=True)


class Badge(models.Model):
    name = models.CharField(max_length=80)
    category = models.CharField(max_length=20)


class BadgeAward(models.Model):
    young_person = models.ForeignKey(YoungPerson, on_delete=models.CASCADE, related_name="badges")
    badge = models.ForeignKey(Badge, on_delete=models.PROTECT)
    awarded_on = models.DateField()
    presented_by = models.ForeignKey(Leader, on_delete=models.SET_NULL, null=True)


class Camp(models.Model):
    name = models.CharField(max_length=120)
    site = models.CharField(max_length=120)
    starts = models.DateField()
    ends = models.DateField()
    cost = models.DecimalField(max_digits=6, decimal_places=2)
    leader_in_charge = models.ForeignKey(Leader, on_delete=models.PROTECT)


class CampBooking(models.Model):
    camp = models.ForeignKey(Camp, on_delete=models.CASCADE, related_name="bookings")
    young_person = models.ForeignKey(YoungPerson, on_delete=models.CASCADE)
    deposit_paid = models.BooleanField(default=False)
    medical_form_received = models.BooleanField(default=False)
    notes = models.TextField(blank=True)
