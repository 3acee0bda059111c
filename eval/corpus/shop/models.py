"""A Django web shop (evaluation corpus; labels in eval/labels.toml)."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from phonenumber_field.modelfields import PhoneNumberField


class User(AbstractUser):
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["email"]
    email = models.EmailField(unique=True)
    email_verified = models.BooleanField(default=False)
    phone = PhoneNumberField(blank=True)
    date_of_birth = models.DateField(null=True)
    avatar = models.ImageField(upload_to="avatars/", blank=True)
    last_login_ip = models.GenericIPAddressField(null=True)
    preferred_language = models.CharField(max_length=8)
    marketing_opt_in = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)


class Customer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    company_name = models.CharField(max_length=200, blank=True)
    gender = models.CharField(max_length=16, blank=True)
    loyalty_points = models.IntegerField(default=0)
    store_credit = models.DecimalField(max_digits=10, decimal_places=2)
    newsletter = models.BooleanField(default=False)
    notes = models.TextField(blank=True)
    tax_id = models.CharField(max_length=32, blank=True)
    stripe_customer_id = models.CharField(max_length=64)
    megaphone = models.BooleanField(default=False)
    usage = models.IntegerField(default=0)
    status = models.CharField(max_length=16)


class Address(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    recipient_name = models.CharField(max_length=200)
    address_line1 = models.CharField(max_length=200)
    address_line2 = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100)
    postcode = models.CharField(max_length=16)
    country = models.CharField(max_length=2)
    is_default = models.BooleanField(default=False)
    lat = models.FloatField(null=True)
    lng = models.FloatField(null=True)


class Product(models.Model):
    name = models.CharField(max_length=200)
    sku = models.CharField(max_length=32)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    description = models.TextField()
    image = models.ImageField(upload_to="products/")
    weight = models.FloatField()
    file_name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)
    order_number = models.CharField(max_length=20)
    total = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3)
    shipping_address = models.TextField()
    billing_phone = models.CharField(max_length=32)
    customer_email = models.EmailField()
    gift_card_number = models.CharField(max_length=32, blank=True)
    gift_message = models.TextField(blank=True)
    payment_method = models.CharField(max_length=20)
    status = models.CharField(max_length=20)
    placed_at = models.DateTimeField()
    email_sent_at = models.DateTimeField(null=True)
    tracking_url = models.URLField(blank=True)


class EmailTemplate(models.Model):
    name = models.CharField(max_length=100)
    subject = models.CharField(max_length=200)
    body_html = models.TextField()
    email_template = models.TextField()
    enabled = models.BooleanField(default=True)


class Review(models.Model):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    rating = models.PositiveSmallIntegerField()
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)


class Visit(models.Model):
    session_key = models.CharField(max_length=40)
    user_agent = models.TextField()
    referrer = models.URLField(blank=True)
    path = models.CharField(max_length=200)
    remote_addr = models.GenericIPAddressField()
    duration_seconds = models.IntegerField()
    page_views = models.IntegerField(default=0)


class SiteSettings(models.Model):
    support_email = models.EmailField()
    db_username = models.CharField(max_length=64)
    smtp_password = models.CharField(max_length=128)
    phone_code = models.CharField(max_length=8)
    max_upload_size = models.IntegerField()
