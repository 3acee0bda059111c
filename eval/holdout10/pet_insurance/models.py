from django.conf import settings
from django.db import models


class PolicyHolder(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    email = models.EmailField()
    phone = models.CharField(max_length=20)
    address_line_1 = models.CharField(max_length=100)
    address_line_2 = models.CharField(max_length=100, blank=True)
    city = models.CharField(max_length=60)
    postcode = models.CharField(max_length=8)
    marketing_consent = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class Pet(models.Model):
    owner = models.ForeignKey(PolicyHolder, on_delete=models.CASCADE, related_name="pets")
    name = models.CharField(max_length=40)
    species = models.CharField(max_length=10, choices=[("dog", "Dog"), ("cat", "Cat"), ("rabbit", "Rabbit")])
    breed = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    gender = models.CharField(max_length=1, choices=[("M", "Male"), ("F", "Female")])
    neutered = models.BooleanField(default=False)
    microchip_number = models.CharField(max_length=15, blank=True)
    pre_existing_conditions = models.TextField(blank=True)


class Policy(models.Model):
    holder = models.ForeignKey(PolicyHolder, on_delete=models.PROTECT)
    pet = models.OneToOneField(Pet, on_delete=models.PROTECT)
    policy_number = models.CharField(max_length=14, unique=True)
    cover_level = models.CharField(max_length=20)
    excess = models.DecimalField(max_digits=7, decimal_places=2)
    monthly_premium = models.DecimalField(max_digits=7, decimal_places=2)
    start_date = models.DateField()
    status = models.CharField(max_length=12, default="live")
    direct_debit_sort_code = models.CharField(max_length=8)
    direct_debit_account_number = models.CharField(max_length=8)
    account_holder_name = models.CharField(max_length=120)


class Claim(models.Model):
    policy = models.ForeignKey(Policy, on_delete=models.PROTECT, related_name="claims")
    vet_practice = models.CharField(max_length=120)
    vet_email = models.EmailField()
    treatment_start = models.DateField()
    condition = models.CharField(max_length=120)
    description = models.TextField()
    amount_claimed = models.DecimalField(max_digits=9, decimal_places=2)
    pay_vet_directly = models.BooleanField(default=True)
    payout_account_number = models.CharField(max_length=8, blank=True)
    submitted_at = models.DateTimeField(auto_now_add=True)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    assessor_notes = models.TextField(blank=True)
