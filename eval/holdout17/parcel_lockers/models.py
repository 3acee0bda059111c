from django.db import models

from .enums import CompartmentSize, CompartmentState


class LockerBank(models.Model):
    site_code = models.CharField(max_length=10, unique=True)
    name = models.CharField(max_length=100)
    address = models.TextField()
    postcode = models.CharField(max_length=8)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    host_business = models.CharField(max_length=120)
    host_contact_phone = models.CharField(max_length=20)
    controller_serial = models.CharField(max_length=20)
    sim_iccid = models.CharField(max_length=22)
    firmware_version = models.CharField(max_length=16)
    online = models.BooleanField(default=False)
    installed_at = models.DateField()

    def __str__(self):
        return f"{self.site_code} {self.name}"


class Compartment(models.Model):
    bank = models.ForeignKey(LockerBank, on_delete=models.CASCADE, related_name="compartments")
    column = models.PositiveSmallIntegerField()
    row = models.PositiveSmallIntegerField()
    size = models.CharField(max_length=2, choices=[(s.value, s.name) for s in CompartmentSize])
    state = models.CharField(max_length=10, choices=[(s.value, s.name) for s in CompartmentState])
    door_sensor_ok = models.BooleanField(default=True)
    open_count = models.PositiveIntegerField(default=0)


class Courier(models.Model):
    carrier = models.CharField(max_length=40)
    badge_number = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=100)
    access_pin = models.CharField(max_length=8)
    active = models.BooleanField(default=True)


class Deposit(models.Model):
    compartment = models.ForeignKey(Compartment, on_delete=models.PROTECT)
    courier = models.ForeignKey(Courier, on_delete=models.PROTECT, null=True)
    parcel_barcode = models.CharField(max_length=40)
    carrier = models.CharField(max_length=40)
    recipient_phone = models.CharField(max_length=20)
    recipient_email = models.EmailField(blank=True)
    collection_code = models.CharField(max_length=8)
    deposited_at = models.DateTimeField(auto_now_add=True)
    collected_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()
    age_days = models.PositiveSmallIntegerField(default=0)
    returned_to_sender = models.BooleanField(default=False)
