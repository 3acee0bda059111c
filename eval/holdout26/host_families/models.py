"""Host families for a language-school student exchange programme."""
from django.conf import settings
from django.db import models


class Agency(models.Model):
    name = models.CharField(max_length=120)
    country = models.CharField(max_length=60)
    contact_email = models.EmailField()
    invoice_address = models.TextField()


class HostFamily(models.Model):
    lead_host = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    family_name = models.CharField(max_length=80)
    address_line_1 = models.CharField(max_length=120)
    address_line_2 = models.CharField(max_length=120, blank=True)
    city = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    home_phone = models.CharField(max_length=20, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    bedrooms_available = models.PositiveSmallIntegerField(default=1)
    has_pets = models.BooleanField(default=False)
    smoking_household = models.BooleanField(default=False)
    religion = models.CharField(max_length=40, blank=True)
    languages_spoken = models.CharField(max_length=120, blank=True)
    weekly_allowance = models.DecimalField(max_digits=6, decimal_places=2)
    bank_iban = models.CharField(max_length=34, blank=True)
    home_visit_passed = models.BooleanField(default=False)
    approved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class HouseholdMember(models.Model):
    family = models.ForeignKey(HostFamily, on_delete=models.CASCADE, related_name="members")
    full_name = models.CharField(max_length=120)
    relationship = models.CharField(max_length=30)
    date_of_birth = models.DateField()
    dbs_number = models.CharField(max_length=12, blank=True, help_text="Adults 16+ only")
    occupation = models.CharField(max_length=80, blank=True)


class Student(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT)
    given_name = models.CharField(max_length=60)
    surname = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=12)
    nationality = models.CharField(max_length=60)
    passport_number = models.CharField(max_length=20)
    home_school = models.CharField(max_length=120, blank=True)
    english_level = models.CharField(max_length=2, help_text="CEFR, e.g. B1")
    allergies = models.TextField(blank=True)
    emergency_contact_name = models.CharField(max_length=120)
    emergency_contact_phone = models.CharField(max_length=30)
    arrival_flight = models.CharField(max_length=10, blank=True)


class Placement(models.Model):
    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="placements")
    family = models.ForeignKey(HostFamily, on_delete=models.CASCADE, related_name="placements")
    coordinator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    start_date = models.DateField()
    end_date = models.DateField()
    host_payment_weekly = models.DecimalField(max_digits=6, decimal_places=2)
    status = models.CharField(max_length=12, default="proposed")
    welfare_check_notes = models.TextField(blank=True)
