from django.conf import settings
from django.db import models


class PollingDistrict(models.Model):
    code = models.CharField(max_length=6, unique=True)
    ward = models.CharField(max_length=80)
    polling_station_name = models.CharField(max_length=120)
    polling_station_address = models.TextField()
    polling_station_postcode = models.CharField(max_length=8)
    councillor_seats = models.PositiveSmallIntegerField(default=3)

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} ({self.ward})"


class Property(models.Model):
    uprn = models.CharField("Unique property reference number", max_length=12, unique=True)
    district = models.ForeignKey(PollingDistrict, on_delete=models.PROTECT, related_name="properties")
    address_line_1 = models.CharField(max_length=120)
    address_line_2 = models.CharField(max_length=120, blank=True)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=8, db_index=True)
    is_care_home = models.BooleanField(default=False)
    last_canvassed = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "properties"


class Elector(models.Model):
    STATUS_CHOICES = [
        ("A", "Addition pending"),
        ("C", "Current"),
        ("D", "Deletion pending"),
        ("X", "Deleted"),
    ]
    FRANCHISE_CHOICES = [
        ("", "Parliamentary and local"),
        ("G", "EU citizen with retained rights"),
        ("K", "Local only (EU)"),
        ("L", "Peers - local government only"),
    ]

    property = models.ForeignKey(Property, on_delete=models.PROTECT, related_name="electors")
    elector_number = models.PositiveIntegerField()
    title = models.CharField(max_length=20, blank=True)
    first_name = models.CharField(max_length=80)
    middle_names = models.CharField(max_length=120, blank=True)
    surname = models.CharField(max_length=80)
    previous_surname = models.CharField(max_length=80, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    attainment_date = models.DateField(null=True, blank=True)
    nationality = models.CharField(max_length=60)
    franchise = models.CharField(max_length=1, choices=FRANCHISE_CHOICES, blank=True)
    national_insurance_number = models.CharField(max_length=9, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20, blank=True)
    open_register_opt_out = models.BooleanField(default=True)
    postal_vote = models.BooleanField(default=False)
    postal_vote_address = models.TextField(blank=True)
    status = models.CharField(max_length=1, choices=STATUS_CHOICES, default="A")
    registered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("property", "elector_number")]


class HouseholdEnquiry(models.Model):
    property = models.ForeignKey(Property, on_delete=models.CASCADE, related_name="enquiries")
    canvass_year = models.PositiveSmallIntegerField()
    security_code_1 = models.CharField(max_length=8)
    security_code_2 = models.CharField(max_length=8)
    response_channel = models.CharField(max_length=10, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    responder_name = models.CharField(max_length=120, blank=True)
    no_change = models.BooleanField(default=False)


class ApplicationToRegister(models.Model):
    elector = models.ForeignKey(Elector, null=True, blank=True, on_delete=models.SET_NULL)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    full_name = models.CharField(max_length=200)
    date_of_birth = models.DateField()
    national_insurance_number = models.CharField(max_length=9, blank=True)
    nino_not_available_reason = models.TextField(blank=True)
    previous_address = models.TextField(blank=True)
    moved_in_on = models.DateField(null=True, blank=True)
    dwp_match = models.CharField(max_length=12, blank=True)
    signature_image = models.ImageField(upload_to="ier/signatures/", blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    submitted_at = models.DateTimeField(auto_now_add=True)
