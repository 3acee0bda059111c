from django.conf import settings
from django.db import models

TITLES = [("mr", "Mr"), ("mrs", "Mrs"), ("ms", "Ms"), ("miss", "Miss"), ("mx", "Mx"), ("dr", "Dr")]


class Applicant(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=5, choices=TITLES, blank=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    national_insurance_number = models.CharField(max_length=9, blank=True)
    address_line_1 = models.CharField(max_length=120)
    address_line_2 = models.CharField(max_length=120, blank=True)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=8)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    created = models.DateTimeField(auto_now_add=True)


class Application(models.Model):
    ELIGIBILITY_CHOICES = [
        ("age", "Older person"),
        ("disability", "Disabled person"),
        ("companion", "Disabled person with companion"),
    ]
    STATUS_CHOICES = [
        ("submitted", "Submitted"),
        ("evidence", "Awaiting evidence"),
        ("approved", "Approved"),
        ("refused", "Refused"),
    ]

    applicant = models.ForeignKey(Applicant, related_name="applications", on_delete=models.CASCADE)
    eligibility = models.CharField(max_length=12, choices=ELIGIBILITY_CHOICES)
    disability_category = models.CharField(max_length=40, blank=True)
    medical_evidence = models.FileField(upload_to="evidence/%Y/%m/", blank=True)
    photo = models.ImageField(upload_to="pass_photos/")
    needs_companion = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default="submitted")
    submitted_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_notes = models.TextField(blank=True)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        related_name="assessed_applications",
        on_delete=models.SET_NULL,
    )


class Pass(models.Model):
    application = models.OneToOneField(Application, on_delete=models.PROTECT)
    card_number = models.CharField(max_length=18, unique=True)
    issued_on = models.DateField()
    expires_on = models.DateField()
    hotlisted = models.BooleanField(default=False)
    replacement_count = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name_plural = "passes"


class Journey(models.Model):
    pass_card = models.ForeignKey(Pass, related_name="journeys", on_delete=models.CASCADE)
    boarded_at = models.DateTimeField()
    operator_code = models.CharField(max_length=6)
    boarding_stop = models.CharField(max_length=12)
    fare_saved = models.DecimalField(max_digits=6, decimal_places=2)
