from django.conf import settings
from django.db import models

DECISION_CHOICES = [
    ("opt_in", "Yes, I want to donate"),
    ("opt_in_some", "Yes, some organs and tissue"),
    ("opt_out", "No, I do not want to donate"),
    ("nominated", "Let a nominated representative decide"),
]

SEX_CHOICES = [("F", "Female"), ("M", "Male"), ("X", "Prefer to self-describe")]


class Registrant(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    nhs_number = models.CharField(max_length=10, unique=True)
    title = models.CharField(max_length=12, blank=True)
    forenames = models.CharField(max_length=100)
    surname = models.CharField(max_length=100)
    date_of_birth = models.DateField()
    sex = models.CharField(max_length=1, choices=SEX_CHOICES)
    ethnicity = models.CharField(max_length=60, blank=True)
    religion = models.CharField(max_length=60, blank=True)
    email = models.EmailField(blank=True)
    mobile = models.CharField(max_length=20, blank=True)
    address_line1 = models.CharField(max_length=120)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=8)
    registered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["surname", "date_of_birth"])]

    def __str__(self):
        return f"{self.forenames} {self.surname}"


class Decision(models.Model):
    registrant = models.ForeignKey(Registrant, on_delete=models.CASCADE, related_name="decisions")
    choice = models.CharField(max_length=12, choices=DECISION_CHOICES)
    organs_excluded = models.JSONField(default=list, blank=True)
    discuss_faith_with_family = models.BooleanField(
        default=False, help_text="Specialist nurses will discuss faith and beliefs with the family"
    )
    channel = models.CharField(max_length=20, default="web")
    recorded_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)


class Representative(models.Model):
    registrant = models.ForeignKey(Registrant, on_delete=models.CASCADE)
    full_name = models.CharField(max_length=150)
    relationship = models.CharField(max_length=40)
    phone = models.CharField(max_length=20)
    email = models.EmailField(blank=True)
    confirmed = models.BooleanField(default=False)


class AuditEntry(models.Model):
    registrant = models.ForeignKey(Registrant, on_delete=models.PROTECT)
    action = models.CharField(max_length=30)
    staff_username = models.CharField(max_length=60, blank=True)
    ip_address = models.GenericIPAddressField(null=True)
    user_agent = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Hospital(models.Model):
    name = models.CharField(max_length=200)
    ods_code = models.CharField(max_length=6, unique=True)
    switchboard_phone = models.CharField(max_length=20)
    sn_od_team_email = models.EmailField()
    region = models.CharField(max_length=40)
