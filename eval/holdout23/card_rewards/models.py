from django.conf import settings
from django.db import models


class Cardholder(models.Model):
    TIERS = [("blue", "Blue"), ("gold", "Gold"), ("black", "Black")]
    REDEMPTION_CHOICES = [
        ("cashback", "Statement credit"),
        ("travel", "Travel"),
        ("gift_cards", "Gift cards"),
    ]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    customer_number = models.CharField(max_length=16, unique=True)
    display_name = models.CharField(max_length=80)
    email = models.EmailField()
    tier = models.CharField(max_length=8, choices=TIERS, default="blue")
    points_balance = models.PositiveIntegerField(default=0)
    lifetime_points = models.PositiveIntegerField(default=0)
    preferred_redemption = models.CharField(max_length=12, choices=REDEMPTION_CHOICES, blank=True)
    offers_opt_in = models.BooleanField(default=False)
    last_login_ip = models.GenericIPAddressField(null=True, blank=True)


class Card(models.Model):
    holder = models.ForeignKey(Cardholder, on_delete=models.CASCADE, related_name="cards")
    token = models.CharField(max_length=40, unique=True)
    last_four = models.CharField(max_length=4)
    network = models.CharField(max_length=12)
    expiry_month = models.PositiveSmallIntegerField()
    expiry_year = models.PositiveSmallIntegerField()
    product_code = models.CharField(max_length=8)
    credit_limit = models.DecimalField(max_digits=9, decimal_places=2)
    is_primary = models.BooleanField(default=True)


class Merchant(models.Model):
    name = models.CharField(max_length=120)
    mcc = models.CharField(max_length=4)
    category = models.CharField(max_length=40)
    bonus_multiplier = models.DecimalField(max_digits=3, decimal_places=1, default=1)
    partner_contact_email = models.EmailField(blank=True)


class EarnEvent(models.Model):
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="earn_events")
    merchant = models.ForeignKey(Merchant, on_delete=models.SET_NULL, null=True)
    spend_amount = models.DecimalField(max_digits=9, decimal_places=2)
    posted_at = models.DateTimeField()
    points = models.IntegerField()
    reversed = models.BooleanField(default=False)


class Reward(models.Model):
    title = models.CharField(max_length=120)
    points_cost = models.PositiveIntegerField()
    supplier = models.CharField(max_length=80)
    stock = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True)


class Redemption(models.Model):
    holder = models.ForeignKey(Cardholder, on_delete=models.CASCADE, related_name="redemptions")
    reward = models.ForeignKey(Reward, on_delete=models.PROTECT)
    points_spent = models.PositiveIntegerField()
    delivery_address = models.TextField(blank=True)
    status = models.CharField(max_length=12, default="pending")
    created_at = models.DateTimeField(auto_now_add=True)
