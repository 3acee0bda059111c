from django.conf import settings
from django.db import models


class Supplier(models.Model):
    name = models.CharField(max_length=200)
    companies_house_number = models.CharField(max_length=8, unique=True)
    contact_email = models.EmailField()
    contact_phone = models.CharField(max_length=20)
    registered_office = models.TextField()
    is_registered = models.BooleanField(default=False)
    registered_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.name


class Project(models.Model):
    DRAFT = "draft"
    OPEN = "open"
    BUILDING = "building"
    LIVE = "live"
    STATUS_CHOICES = [(DRAFT, "Draft"), (OPEN, "Open for pledges"), (BUILDING, "In build"), (LIVE, "Live")]

    supplier = models.ForeignKey(Supplier, on_delete=models.PROTECT, related_name="projects")
    reference = models.CharField(max_length=20, unique=True)
    title = models.CharField(max_length=200)
    exchange_code = models.CharField(max_length=10)
    target_speed_mbps = models.PositiveIntegerField(default=1000)
    premises_count = models.PositiveIntegerField()
    status = models.CharField(max_length=20, choices=STATUS_CHOICES, default=DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)


class Beneficiary(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="beneficiaries")
    full_name = models.CharField(max_length=150)
    email = models.EmailField()
    phone = models.CharField(max_length=20, blank=True)
    address_line_1 = models.CharField(max_length=100)
    address_line_2 = models.CharField(max_length=100, blank=True)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=8)
    uprn = models.CharField("UPRN", max_length=12)
    current_speed_mbps = models.DecimalField(max_digits=6, decimal_places=1, null=True)
    is_business = models.BooleanField(default=False)
    business_name = models.CharField(max_length=200, blank=True)
    pledged_at = models.DateTimeField(auto_now_add=True)
    partner_offers_opt_in = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "beneficiaries"
        unique_together = [("project", "uprn")]


class Voucher(models.Model):
    beneficiary = models.OneToOneField(Beneficiary, on_delete=models.CASCADE, related_name="voucher")
    code = models.CharField(max_length=16, unique=True)
    value = models.DecimalField(max_digits=8, decimal_places=2)
    issued_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    withdrawn = models.BooleanField(default=False)
