from django.conf import settings
from django.db import models


class Coach(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    england_boxing_licence = models.CharField(max_length=20, unique=True)
    coaching_level = models.PositiveSmallIntegerField(default=1)
    dbs_certificate_no = models.CharField(max_length=12, blank=True)
    hourly_rate = models.DecimalField(max_digits=6, decimal_places=2)
    bio = models.TextField(blank=True)
    instagram = models.CharField(max_length=60, blank=True)

    def __str__(self):
        return self.display_name


class Boxer(models.Model):
    ORTHODOX = "orthodox"
    SOUTHPAW = "southpaw"
    STANCE_CHOICES = [(ORTHODOX, "Orthodox"), (SOUTHPAW, "Southpaw")]

    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    sex = models.CharField(max_length=1, choices=[("M", "Male"), ("F", "Female")])
    email = models.EmailField(blank=True)
    mobile = models.CharField(max_length=20, blank=True)
    address_line1 = models.CharField(max_length=120)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    stance = models.CharField(max_length=10, choices=STANCE_CHOICES, default=ORTHODOX)
    weight_class = models.CharField(max_length=30, blank=True)
    reach_cm = models.PositiveSmallIntegerField(null=True, blank=True)
    membership_status = models.CharField(max_length=12, default="active")
    emergency_contact_name = models.CharField(max_length=120)
    emergency_contact_phone = models.CharField(max_length=20)
    coach = models.ForeignKey(Coach, null=True, on_delete=models.SET_NULL, related_name="boxers")
    joined = models.DateField(auto_now_add=True)
    marketing_opt_in = models.BooleanField(default=False)

    class Meta:
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return f"{self.first_name} {self.last_name}"


class MedicalRecord(models.Model):
    boxer = models.OneToOneField(Boxer, on_delete=models.CASCADE, related_name="medical")
    examined_on = models.DateField()
    examined_by = models.CharField(max_length=120)
    blood_pressure = models.CharField(max_length=9, blank=True)
    resting_heart_rate = models.PositiveSmallIntegerField(null=True)
    eyesight_passed = models.BooleanField(default=True)
    concussion_history = models.TextField(blank=True)
    last_stoppage_on = models.DateField(null=True, blank=True)
    doctor_notes = models.TextField(blank=True)


class WeighIn(models.Model):
    boxer = models.ForeignKey(Boxer, on_delete=models.CASCADE, related_name="weigh_ins")
    bout = models.ForeignKey("Bout", on_delete=models.CASCADE)
    kg = models.DecimalField(max_digits=5, decimal_places=2)
    made_weight = models.BooleanField()


class Show(models.Model):
    title = models.CharField(max_length=120)
    venue_name = models.CharField(max_length=120)
    venue_address = models.CharField(max_length=200)
    venue_postcode = models.CharField(max_length=10)
    date = models.DateField()
    promoter_company = models.CharField(max_length=120, blank=True)
    ticket_price = models.DecimalField(max_digits=6, decimal_places=2)
    capacity = models.PositiveIntegerField()


class Bout(models.Model):
    show = models.ForeignKey(Show, on_delete=models.CASCADE, related_name="bouts")
    red_corner = models.ForeignKey(Boxer, on_delete=models.PROTECT, related_name="+")
    blue_corner = models.ForeignKey(Boxer, on_delete=models.PROTECT, related_name="+")
    weight_class = models.CharField(max_length=30)
    rounds = models.PositiveSmallIntegerField(default=3)
    referee_name = models.CharField(max_length=120, blank=True)
    result = models.CharField(max_length=20, blank=True)
    scheduled_at = models.DateTimeField(null=True)
