from django.conf import settings
from django.db import models


class Ingredient(models.Model):
    ALLERGENS = [
        ("", "None"),
        ("gluten", "Cereals containing gluten"),
        ("milk", "Milk"),
        ("egg", "Eggs"),
        ("nuts", "Tree nuts"),
        ("sesame", "Sesame"),
        ("soya", "Soya"),
    ]

    name = models.CharField(max_length=80, unique=True)
    supplier = models.CharField(max_length=120)
    supplier_contact_email = models.EmailField(blank=True)
    allergen = models.CharField(max_length=10, choices=ALLERGENS, blank=True)
    unit = models.CharField(max_length=8, default="kg")
    stock_on_hand = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    reorder_level = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    cost_per_unit = models.DecimalField(max_digits=8, decimal_places=3)


class Product(models.Model):
    sku = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=80)
    category = models.CharField(max_length=30)
    batch_size = models.PositiveIntegerField()
    bake_minutes = models.PositiveSmallIntegerField()
    oven_temp_c = models.PositiveSmallIntegerField()
    shelf_life_days = models.PositiveSmallIntegerField(default=2)
    contains_allergens = models.CharField(max_length=120, blank=True)
    vegan = models.BooleanField(default=False)


class Oven(models.Model):
    name = models.CharField(max_length=40)
    kind = models.CharField(max_length=20, choices=[("deck", "Deck"), ("rack", "Rack"), ("convection", "Convection")])
    capacity_trays = models.PositiveSmallIntegerField()
    max_temp_c = models.PositiveSmallIntegerField(default=300)
    last_serviced = models.DateField(null=True, blank=True)
    controller_ip = models.GenericIPAddressField(null=True, blank=True)


class Shift(models.Model):
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    line = models.CharField(max_length=20, default="bread")
    supervisor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    bakers = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="shifts")


class ProductionRun(models.Model):
    product = models.ForeignKey(Product, on_delete=models.PROTECT)
    oven = models.ForeignKey(Oven, on_delete=models.PROTECT)
    shift = models.ForeignKey(Shift, on_delete=models.CASCADE, related_name="runs")
    planned_qty = models.PositiveIntegerField()
    actual_qty = models.PositiveIntegerField(null=True, blank=True)
    waste_qty = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    core_temp_c = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    signed_off_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)


class HygieneTraining(models.Model):
    employee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    certificate_level = models.PositiveSmallIntegerField(choices=[(2, "Level 2"), (3, "Level 3")])
    completed_on = models.DateField()
    expires_on = models.DateField()


class WholesaleOrder(models.Model):
    customer_name = models.CharField(max_length=120)
    delivery_address = models.TextField()
    delivery_postcode = models.CharField(max_length=8)
    contact_phone = models.CharField(max_length=20)
    required_by = models.DateTimeField()
    standing_order = models.BooleanField(default=False)
