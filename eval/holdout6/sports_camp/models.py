from django.conf import settings
from django.db import models


class Camp(models.Model):
    name = models.CharField(max_length=120)
    sport = models.CharField(max_length=40)
    venue = models.CharField(max_length=160)
    starts_on = models.DateField()
    ends_on = models.DateField()
    min_age = models.PositiveSmallIntegerField(default=5)
    max_age = models.PositiveSmallIntegerField(default=14)
    price = models.DecimalField(max_digits=7, decimal_places=2)
    capacity = models.PositiveSmallIntegerField(default=40)
    is_published = models.BooleanField(default=False)


class Guardian(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    address_line_1 = models.CharField(max_length=100)
    postcode = models.CharField(max_length=10)
    childcare_voucher_provider = models.CharField(max_length=60, blank=True)


class Child(models.Model):
    guardian = models.ForeignKey(Guardian, on_delete=models.CASCADE, related_name="children")
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=12, blank=True)
    school_name = models.CharField(max_length=120, blank=True)
    school_year = models.CharField(max_length=10, blank=True)
    medical_conditions = models.TextField(blank=True)
    allergies = models.CharField(max_length=255, blank=True)
    epipen_required = models.BooleanField(default=False)
    sen_support_needed = models.BooleanField("Needs SEN support", default=False)
    photo_consent = models.BooleanField(default=False)
    tshirt_size = models.CharField(max_length=4, blank=True)

    class Meta:
        verbose_name_plural = "children"


class Booking(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="bookings")
    camp = models.ForeignKey(Camp, on_delete=models.PROTECT, related_name="bookings")
    booked_by = models.ForeignKey(Guardian, on_delete=models.PROTECT)
    amount_paid = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    sibling_discount = models.BooleanField(default=False)
    status = models.CharField(max_length=12, default="pending")
    collected_by_name = models.CharField(max_length=120, blank=True)
    collection_password = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class EmergencyContact(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="emergency_contacts")
    name = models.CharField(max_length=120)
    phone = models.CharField(max_length=20)
    priority = models.PositiveSmallIntegerField(default=1)
