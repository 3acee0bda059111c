from django.conf import settings
from django.db import models


class Printer(models.Model):
    name = models.CharField(max_length=60, unique=True)
    location = models.CharField(max_length=80, help_text="e.g. 2nd floor, east copy room")
    model = models.CharField(max_length=80)
    serial_number = models.CharField(max_length=40)
    ip_address = models.GenericIPAddressField(protocol="IPv4")
    mac_address = models.CharField(max_length=17)
    is_colour = models.BooleanField(default=False)
    snmp_community = models.CharField(max_length=40, default="public")
    admin_password = models.CharField(max_length=64, blank=True)
    enabled = models.BooleanField(default=True)


class PrintJob(models.Model):
    STATUS = [("held", "Held"), ("released", "Released"), ("printed", "Printed"), ("expired", "Expired")]

    printer = models.ForeignKey(Printer, null=True, on_delete=models.SET_NULL, related_name="jobs")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="print_jobs")
    document_name = models.CharField(max_length=255)
    pages = models.PositiveIntegerField()
    copies = models.PositiveSmallIntegerField(default=1)
    duplex = models.BooleanField(default=True)
    colour = models.BooleanField(default=False)
    cost_centre = models.CharField(max_length=12, blank=True)
    client_hostname = models.CharField(max_length=63, blank=True)
    status = models.CharField(max_length=10, choices=STATUS, default="held")
    submitted_at = models.DateTimeField(auto_now_add=True)
    printed_at = models.DateTimeField(null=True, blank=True)


class UserPrintProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    release_pin = models.CharField(max_length=6)
    badge_uid = models.CharField(max_length=20, blank=True)
    monthly_page_quota = models.PositiveIntegerField(default=500)
    pages_this_month = models.PositiveIntegerField(default=0)


class Consumable(models.Model):
    sku = models.CharField(max_length=30, unique=True)
    name = models.CharField(max_length=120)
    colour = models.CharField(max_length=10, blank=True)
    stock = models.PositiveIntegerField(default=0)
    reorder_level = models.PositiveIntegerField(default=2)
    supplier = models.CharField(max_length=80)
    supplier_contact_email = models.EmailField(blank=True)
    supplier_phone = models.CharField(max_length=20, blank=True)


class BusinessCardOrder(models.Model):
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    template_name = models.CharField(max_length=40, default="standard-2024")
    quantity = models.PositiveIntegerField(default=250)
    paper_stock = models.CharField(max_length=30, default="400gsm silk")
    card_name = models.CharField(max_length=120)
    card_job_title = models.CharField(max_length=120)
    card_phone = models.CharField(max_length=20, blank=True)
    card_email = models.EmailField()
    proof_approved = models.BooleanField(default=False)
    due_on = models.DateField(null=True, blank=True)
