from django.conf import settings
from django.db import models


class MachineType(models.TextChoices):
    GREENS_MOWER = "greens", "Greens mower"
    FAIRWAY_MOWER = "fairway", "Fairway mower"
    ROUGH_MOWER = "rough", "Rough mower"
    ROLLER = "roller", "Roller"
    SPRAYER = "sprayer", "Sprayer"
    AERATOR = "aerator", "Aerator"
    UTILITY = "utility", "Utility vehicle"


class Course(models.Model):
    name = models.CharField(max_length=120)
    holes = models.PositiveSmallIntegerField(default=18)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    office_phone = models.CharField(max_length=20)
    office_email = models.EmailField()
    head_greenkeeper = models.CharField(max_length=120)

    def __str__(self):
        return self.name


class Machine(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="machines")
    name = models.CharField(max_length=60)
    machine_type = models.CharField(max_length=10, choices=MachineType.choices)
    make = models.CharField(max_length=40)
    model = models.CharField(max_length=60)
    serial_number = models.CharField(max_length=40, unique=True)
    registration = models.CharField(max_length=10, blank=True)
    purchased_on = models.DateField(null=True, blank=True)
    purchase_price = models.DecimalField(max_digits=9, decimal_places=2, null=True)
    hours_meter = models.DecimalField(max_digits=7, decimal_places=1, default=0)
    fuel_type = models.CharField(max_length=10, default="diesel")
    tracker_device_id = models.CharField(max_length=40, blank=True)
    storage_shed = models.CharField(max_length=40, blank=True)
    out_of_service = models.BooleanField(default=False)


class ServiceRecord(models.Model):
    machine = models.ForeignKey(Machine, on_delete=models.CASCADE, related_name="services")
    serviced_on = models.DateField()
    hours_at_service = models.DecimalField(max_digits=7, decimal_places=1)
    work_done = models.TextField()
    parts_cost = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    dealer = models.CharField(max_length=80, blank=True)
    technician = models.CharField(max_length=80, blank=True)
    next_due_hours = models.DecimalField(max_digits=7, decimal_places=1, null=True)


class FuelLog(models.Model):
    machine = models.ForeignKey(Machine, on_delete=models.CASCADE, related_name="fuel")
    litres = models.DecimalField(max_digits=6, decimal_places=2)
    filled_at = models.DateTimeField()
    pump = models.CharField(max_length=10, default="red diesel")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)


class SprayRecord(models.Model):
    machine = models.ForeignKey(Machine, on_delete=models.PROTECT)
    product = models.CharField(max_length=80)
    mapp_number = models.CharField(max_length=10)
    rate_l_per_ha = models.DecimalField(max_digits=5, decimal_places=2)
    area_treated = models.CharField(max_length=80)
    applied_at = models.DateTimeField()
    wind_speed_mph = models.PositiveSmallIntegerField()
    air_temp_c = models.DecimalField(max_digits=4, decimal_places=1)
    operator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    operator_certificate_no = models.CharField(max_length=20)
