from django.conf import settings
from django.db import models


class Officer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    job_title = models.CharField(max_length=80)
    team = models.CharField(max_length=60)
    direct_line = models.CharField(max_length=20)
    caseload_limit = models.PositiveIntegerField(default=40)


class Estate(models.Model):
    name = models.CharField(max_length=120)
    ward = models.CharField(max_length=60)
    housing_officer = models.ForeignKey(Officer, on_delete=models.SET_NULL, null=True)
    cctv_coverage = models.BooleanField(default=False)


class Tenancy(models.Model):
    tenancy_ref = models.CharField(max_length=12, unique=True)
    estate = models.ForeignKey(Estate, on_delete=models.PROTECT, related_name="tenancies")
    property_address = models.TextField()
    lead_tenant = models.ForeignKey("Resident", on_delete=models.PROTECT, related_name="+")
    start_date = models.DateField()
    tenancy_type = models.CharField(max_length=20)
    rent_arrears = models.DecimalField(max_digits=8, decimal_places=2, default=0)

    class Meta:
        verbose_name_plural = "tenancies"


class Resident(models.Model):
    ETHNICITY_CHOICES = [
        ("white_british", "White British"),
        ("white_other", "White other"),
        ("mixed", "Mixed or multiple"),
        ("asian", "Asian or Asian British"),
        ("black", "Black, African, Caribbean or Black British"),
        ("other", "Other ethnic group"),
        ("not_stated", "Prefer not to say"),
    ]

    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField(null=True, blank=True)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    tenancy = models.ForeignKey(Tenancy, on_delete=models.SET_NULL, null=True, related_name="residents")
    vulnerabilities = models.TextField(blank=True)
    preferred_language = models.CharField(max_length=40, default="English")
    needs_interpreter = models.BooleanField(default=False)
    ethnicity = models.CharField(max_length=20, choices=ETHNICITY_CHOICES, default="not_stated")


class Report(models.Model):
    CATEGORY_CHOICES = [
        ("noise", "Noise"),
        ("verbal_abuse", "Verbal abuse or harassment"),
        ("drugs", "Drug dealing or use"),
        ("vandalism", "Vandalism or graffiti"),
        ("pets", "Nuisance pets"),
        ("other", "Other"),
    ]
    HATE_STRANDS = [
        ("race", "Race"),
        ("religion", "Religion or belief"),
        ("disability", "Disability"),
        ("sexual_orientation", "Sexual orientation"),
        ("transgender", "Transgender identity"),
    ]

    reference = models.CharField(max_length=12, unique=True)
    reporter = models.ForeignKey(
        Resident, on_delete=models.SET_NULL, null=True, blank=True, related_name="reports_made"
    )
    anonymous = models.BooleanField(default=False)
    alleged_perpetrator = models.ForeignKey(
        Resident, on_delete=models.SET_NULL, null=True, blank=True, related_name="reports_against"
    )
    perpetrator_description = models.TextField(blank=True)
    category = models.CharField(max_length=20, choices=CATEGORY_CHOICES)
    incident_at = models.DateTimeField()
    account = models.TextField()
    hate_motivated = models.BooleanField(default=False)
    hate_strand = models.CharField(max_length=20, choices=HATE_STRANDS, blank=True)
    police_crime_number = models.CharField(max_length=20, blank=True)
    officer = models.ForeignKey(Officer, on_delete=models.PROTECT, related_name="cases")
    status = models.CharField(max_length=20, default="open")


class DiaryEntry(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="diary")
    logged_at = models.DateTimeField()
    noise_level_db = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    audio_clip = models.FileField(upload_to="asb/audio/", blank=True)
    description = models.TextField()

    class Meta:
        verbose_name_plural = "diary entries"
