from django.conf import settings
from django.db import models


class Vendor(models.Model):
    name = models.CharField(max_length=120)
    account_manager = models.CharField(max_length=120, blank=True)
    support_email = models.EmailField()
    support_phone = models.CharField(max_length=20)
    contract_ends = models.DateField(null=True, blank=True)


class Site(models.Model):
    name = models.CharField(max_length=120)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=20, blank=True)
    site_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )


class Recorder(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="recorders")
    vendor = models.ForeignKey(Vendor, on_delete=models.PROTECT)
    model = models.CharField(max_length=60)
    serial_number = models.CharField(max_length=40, unique=True)
    ip_address = models.GenericIPAddressField()
    mac_address = models.CharField(max_length=17)
    firmware_version = models.CharField(max_length=20)
    admin_username = models.CharField(max_length=40, default="admin")
    admin_password = models.CharField(max_length=128)
    retention_days = models.PositiveSmallIntegerField(default=31)
    storage_tb = models.DecimalField(max_digits=5, decimal_places=1)
    last_seen = models.DateTimeField(null=True, blank=True)


class Camera(models.Model):
    recorder = models.ForeignKey(Recorder, on_delete=models.CASCADE, related_name="cameras")
    name = models.CharField(max_length=80)
    position_description = models.CharField(max_length=200)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    field_of_view_deg = models.PositiveSmallIntegerField(default=90)
    ptz = models.BooleanField(default=False)
    has_audio = models.BooleanField(default=False)
    resolution = models.CharField(max_length=12, default="1080p")
    ip_address = models.GenericIPAddressField()
    faces_public_highway = models.BooleanField(default=True)
    installed_on = models.DateField()
    decommissioned_on = models.DateField(null=True, blank=True)


class MaintenanceVisit(models.Model):
    camera = models.ForeignKey(Camera, on_delete=models.CASCADE, related_name="visits")
    visited_on = models.DateField()
    engineer_name = models.CharField(max_length=120)
    engineer_company = models.CharField(max_length=120)
    fault = models.CharField(max_length=200, blank=True)
    fixed = models.BooleanField(default=False)
    age_days = models.PositiveIntegerField(default=0)
    notes = models.TextField(blank=True)


class FootageExport(models.Model):
    camera = models.ForeignKey(Camera, on_delete=models.PROTECT)
    from_ts = models.DateTimeField()
    to_ts = models.DateTimeField()
    exported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    crime_reference = models.CharField(max_length=30, blank=True)
    media_serial = models.CharField(max_length=40)
    sha256 = models.CharField(max_length=64)
