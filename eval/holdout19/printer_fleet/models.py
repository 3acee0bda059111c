from django.conf import settings
from django.db import models


class Site(models.Model):
    name = models.CharField(max_length=120)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    facilities_email = models.EmailField()
    timezone = models.CharField(max_length=40, default="Europe/London")


class PrinterModel(models.Model):
    manufacturer = models.CharField(max_length=60)
    model_name = models.CharField(max_length=80)
    colour = models.BooleanField(default=False)
    duplex = models.BooleanField(default=True)
    pages_per_minute = models.PositiveSmallIntegerField()


class Printer(models.Model):
    STATUS_CHOICES = [("ok", "OK"), ("warning", "Warning"), ("error", "Error"), ("retired", "Retired")]

    asset_tag = models.CharField(max_length=20, unique=True)
    serial_number = models.CharField(max_length=40, unique=True)
    model = models.ForeignKey(PrinterModel, on_delete=models.PROTECT)
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="printers")
    floor = models.CharField(max_length=10, blank=True)
    location_description = models.CharField(max_length=200, blank=True)
    hostname = models.CharField(max_length=63)
    ip_address = models.GenericIPAddressField(protocol="IPv4")
    mac_address = models.CharField(max_length=17)
    firmware_version = models.CharField(max_length=30, blank=True)
    snmp_community = models.CharField(max_length=60, default="public")
    admin_password = models.CharField(max_length=60, blank=True)
    page_count_mono = models.PositiveIntegerField(default=0)
    page_count_colour = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=8, choices=STATUS_CHOICES, default="ok")
    installed_on = models.DateField(null=True)


class TonerLevel(models.Model):
    printer = models.ForeignKey(Printer, on_delete=models.CASCADE, related_name="toner_levels")
    colour = models.CharField(max_length=1, choices=[("K", "Black"), ("C", "Cyan"), ("M", "Magenta"), ("Y", "Yellow")])
    percent = models.PositiveSmallIntegerField()
    reported_at = models.DateTimeField(auto_now_add=True)


class SupplyOrder(models.Model):
    printer = models.ForeignKey(Printer, on_delete=models.CASCADE)
    item_sku = models.CharField(max_length=30)
    quantity = models.PositiveSmallIntegerField(default=1)
    supplier_contact_email = models.EmailField()
    ordered_at = models.DateTimeField(auto_now_add=True)
    delivered = models.BooleanField(default=False)


class ServiceVisit(models.Model):
    printer = models.ForeignKey(Printer, on_delete=models.CASCADE, related_name="service_visits")
    fault_code = models.CharField(max_length=12)
    engineer_name = models.CharField(max_length=120)
    arrived_at = models.DateTimeField()
    work_done = models.TextField(blank=True)
    resolved = models.BooleanField(default=False)


class PrintAccount(models.Model):
    """Follow-me printing account of a staff member or student."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    card_number = models.CharField(max_length=20, unique=True)
    cost_centre = models.CharField(max_length=12)
    release_pin = models.CharField(max_length=6)
    credit_balance = models.DecimalField(max_digits=7, decimal_places=2, default=0)


class PrintJob(models.Model):
    account = models.ForeignKey(PrintAccount, on_delete=models.SET_NULL, null=True)
    printer = models.ForeignKey(Printer, on_delete=models.SET_NULL, null=True)
    document_name = models.CharField(max_length=255)
    pages = models.PositiveIntegerField()
    colour = models.BooleanField(default=False)
    cost = models.DecimalField(max_digits=6, decimal_places=2)
    submitted_at = models.DateTimeField()
