"""Lift maintenance for a ski area: lifts, components, work orders and sensor readings."""
from django.conf import settings
from django.db import models


class Supplier(models.Model):
    name = models.CharField(max_length=120)
    contact_email = models.EmailField()
    phone = models.CharField(max_length=30)
    address = models.TextField()
    country = models.CharField(max_length=2)
    account_number = models.CharField(max_length=20, blank=True)


class Lift(models.Model):
    LIFT_TYPES = [("chair", "Chairlift"), ("gondola", "Gondola"), ("drag", "Drag lift"), ("carpet", "Magic carpet")]

    name = models.CharField(max_length=60, unique=True)
    lift_type = models.CharField(max_length=10, choices=LIFT_TYPES)
    manufacturer = models.CharField(max_length=60)
    year_installed = models.PositiveSmallIntegerField()
    capacity_pph = models.PositiveIntegerField(help_text="Persons per hour")
    length_m = models.PositiveIntegerField()
    vertical_m = models.PositiveIntegerField()
    base_station_lat = models.DecimalField(max_digits=9, decimal_places=6)
    base_station_lon = models.DecimalField(max_digits=9, decimal_places=6)
    status = models.CharField(max_length=12, default="closed")


class Component(models.Model):
    lift = models.ForeignKey(Lift, on_delete=models.CASCADE, related_name="components")
    kind = models.CharField(max_length=40)
    serial_number = models.CharField(max_length=40)
    supplier = models.ForeignKey(Supplier, on_delete=models.SET_NULL, null=True)
    installed_on = models.DateField()
    hours_run = models.PositiveIntegerField(default=0)
    service_interval_hours = models.PositiveIntegerField(default=2000)


class Technician(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    certification_level = models.CharField(max_length=20)
    shift_pattern = models.CharField(max_length=20, default="early")


class WorkOrder(models.Model):
    lift = models.ForeignKey(Lift, on_delete=models.CASCADE)
    component = models.ForeignKey(Component, on_delete=models.SET_NULL, null=True, blank=True)
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    assigned_to = models.ForeignKey(Technician, on_delete=models.SET_NULL, null=True, blank=True)
    priority = models.PositiveSmallIntegerField(default=3)
    description = models.TextField()
    opened_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    downtime_minutes = models.PositiveIntegerField(default=0)


class RopeInspection(models.Model):
    lift = models.ForeignKey(Lift, on_delete=models.CASCADE)
    inspected_on = models.DateField()
    mrt_passed = models.BooleanField(help_text="Magnetic rope test")
    min_diameter_mm = models.DecimalField(max_digits=5, decimal_places=2)
    splices_ok = models.BooleanField(default=True)
    inspector = models.ForeignKey(Technician, on_delete=models.PROTECT)


class SensorReading(models.Model):
    lift = models.ForeignKey(Lift, on_delete=models.CASCADE, related_name="readings")
    recorded_at = models.DateTimeField(db_index=True)
    wind_speed_ms = models.FloatField()
    motor_temp_c = models.FloatField()
    rope_speed_ms = models.FloatField()
    vibration_mm_s = models.FloatField(null=True)
