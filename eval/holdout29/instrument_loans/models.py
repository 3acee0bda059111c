from django.conf import settings
from django.db import models


class Instrument(models.Model):
    FAMILIES = [("strings", "Strings"), ("woodwind", "Woodwind"), ("brass", "Brass"),
                ("percussion", "Percussion")]

    asset_tag = models.CharField(max_length=12, unique=True)
    family = models.CharField(max_length=12, choices=FAMILIES)
    kind = models.CharField(max_length=40)
    maker = models.CharField(max_length=60, blank=True)
    serial_number = models.CharField(max_length=40, blank=True)
    size = models.CharField(max_length=8, blank=True, help_text="e.g. 1/2, 3/4, full")
    purchase_price = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    insured_value = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    condition = models.CharField(max_length=20, default="good")
    in_store = models.BooleanField(default=True)


class Player(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, null=True, blank=True,
                                on_delete=models.SET_NULL)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    school = models.CharField(max_length=120)
    grade = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Highest exam grade")
    section = models.CharField(max_length=30, blank=True)
    parent_email = models.EmailField()
    parent_phone = models.CharField(max_length=20)
    home_address = models.TextField()
    free_school_meals = models.BooleanField(default=False)

    def __str__(self):
        return f"{self.first_name} {self.last_name}"


class Loan(models.Model):
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="loans")
    player = models.ForeignKey(Player, on_delete=models.PROTECT, related_name="loans")
    issued_on = models.DateField()
    due_back = models.DateField()
    returned_on = models.DateField(null=True, blank=True)
    deposit_paid = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    condition_on_return = models.CharField(max_length=20, blank=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                  related_name="+")


class DamageReport(models.Model):
    loan = models.ForeignKey(Loan, on_delete=models.CASCADE, related_name="damage_reports")
    reported_at = models.DateTimeField(auto_now_add=True)
    description = models.TextField()
    repair_quote = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    charge_to_family = models.BooleanField(default=False)
