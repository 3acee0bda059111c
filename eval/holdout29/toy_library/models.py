from django.db import models


class Family(models.Model):
    TIERS = [("free", "Free"), ("standard", "Standard"), ("supporter", "Supporter")]

    membership_number = models.CharField(max_length=10, unique=True)
    main_carer_name = models.CharField(max_length=120)
    second_carer_name = models.CharField(max_length=120, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20)
    address_line1 = models.CharField(max_length=120)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=8)
    membership_tier = models.CharField(max_length=10, choices=TIERS, default="standard")
    concession = models.BooleanField(default=False, help_text="Receives Universal Credit or similar")
    hire_credit = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    referred_by_health_visitor = models.BooleanField(default=False)
    joined_on = models.DateField(auto_now_add=True)
    suspended = models.BooleanField(default=False)

    def __str__(self):
        return self.membership_number


class Child(models.Model):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="children")
    first_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=10, blank=True)
    additional_needs = models.TextField(blank=True)


class Toy(models.Model):
    barcode = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=120)
    category = models.CharField(max_length=40)
    age_from_months = models.PositiveSmallIntegerField(default=0)
    age_to_months = models.PositiveSmallIntegerField(null=True, blank=True)
    pieces = models.PositiveSmallIntegerField(default=1)
    deposit = models.DecimalField(max_digits=5, decimal_places=2, default=0)
    image = models.ImageField(upload_to="toys/", blank=True)
    donated_by = models.CharField(max_length=120, blank=True)


class Loan(models.Model):
    toy = models.ForeignKey(Toy, on_delete=models.PROTECT, related_name="loans")
    family = models.ForeignKey(Family, on_delete=models.PROTECT, related_name="loans")
    borrowed_on = models.DateField(auto_now_add=True)
    due_on = models.DateField()
    returned_on = models.DateField(null=True, blank=True)
    pieces_missing = models.PositiveSmallIntegerField(default=0)
    late_fee = models.DecimalField(max_digits=5, decimal_places=2, default=0)
    renewed_count = models.PositiveSmallIntegerField(default=0)
