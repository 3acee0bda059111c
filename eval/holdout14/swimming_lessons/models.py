from django.conf import settings
from django.db import models


class Pool(models.Model):
    name = models.CharField(max_length=80)
    address = models.TextField()
    phone = models.CharField(max_length=20)
    length_m = models.PositiveSmallIntegerField(default=25)
    lane_count = models.PositiveSmallIntegerField(default=6)
    water_temp_c = models.DecimalField(max_digits=3, decimal_places=1, default=29.0)


class Teacher(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    mobile = models.CharField(max_length=20)
    swim_england_level = models.PositiveSmallIntegerField(default=1)
    dbs_number = models.CharField(max_length=12, blank=True)
    hourly_rate = models.DecimalField(max_digits=5, decimal_places=2)


class Guardian(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    address = models.TextField()
    postcode = models.CharField(max_length=8)
    account_holder_name = models.CharField(max_length=70, blank=True)
    sort_code = models.CharField(max_length=8, blank=True)
    account_number = models.CharField(max_length=8, blank=True)
    mandate_reference = models.CharField(max_length=18, blank=True)
    marketing_emails = models.BooleanField(default=False)


class Swimmer(models.Model):
    guardian = models.ForeignKey(Guardian, on_delete=models.CASCADE, related_name="swimmers")
    first_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    school_year = models.CharField(max_length=10, blank=True)
    stage = models.PositiveSmallIntegerField(default=1)
    medical_info = models.TextField(blank=True)
    photo_consent = models.BooleanField(default=False)


class LessonGroup(models.Model):
    pool = models.ForeignKey(Pool, on_delete=models.CASCADE)
    teacher = models.ForeignKey(Teacher, null=True, on_delete=models.SET_NULL)
    stage = models.PositiveSmallIntegerField()
    weekday = models.PositiveSmallIntegerField()
    start_time = models.TimeField()
    capacity = models.PositiveSmallIntegerField(default=8)
    price_per_term = models.DecimalField(max_digits=6, decimal_places=2)


class Enrolment(models.Model):
    swimmer = models.ForeignKey(Swimmer, on_delete=models.CASCADE)
    group = models.ForeignKey(LessonGroup, on_delete=models.CASCADE)
    term = models.CharField(max_length=12)
    paid = models.BooleanField(default=False)


class ProgressNote(models.Model):
    swimmer = models.ForeignKey(Swimmer, on_delete=models.CASCADE, related_name="notes")
    teacher = models.ForeignKey(Teacher, on_delete=models.PROTECT)
    written_on = models.DateField(auto_now_add=True)
    skills_achieved = models.JSONField(default=list)
    note = models.TextField(blank=True)
