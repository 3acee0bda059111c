"""Product catalogue, stock and editorial pages of the web shop."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Brand(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(unique=True)
    logo = models.ImageField(upload_to="brands/", blank=True)
    country_of_origin = models.CharField(max_length=2, blank=True)
    contact_email = models.EmailField(blank=True)
    founded_year = models.PositiveSmallIntegerField(null=True)


class Category(models.Model):
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE)
    name = models.CharField(max_length=80)
    slug = models.SlugField()
    position = models.PositiveIntegerField(default=0)
    is_visible = models.BooleanField(default=True)
    age_restricted = models.BooleanField(default=False)


class Product(models.Model):
    brand = models.ForeignKey(Brand, on_delete=models.PROTECT)
    category = models.ForeignKey(Category, on_delete=models.PROTECT)
    name = models.CharField(max_length=200)
    sku = models.CharField(max_length=32, unique=True)
    gtin = models.CharField(max_length=14, blank=True)
    description = models.TextField(blank=True)
    price = models.DecimalField(max_digits=9, decimal_places=2)
    vat_rate = models.DecimalField(max_digits=4, decimal_places=2, default=20)
    weight_grams = models.PositiveIntegerField(default=0)
    colour = models.CharField(max_length=30, blank=True)
    size_label = models.CharField(max_length=10, blank=True)
    gender = models.CharField(max_length=10, blank=True, help_text="Department: men, women, unisex")
    min_age = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    phone_model = models.CharField(max_length=60, blank=True, help_text="For phone cases")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)


class ProductImage(models.Model):
    product = models.ForeignKey(Product, related_name="images", on_delete=models.CASCADE)
    image = models.ImageField(upload_to="products/")
    alt_text = models.CharField(max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    file_name = models.CharField(max_length=255)
    checksum = models.CharField(max_length=64)


class Warehouse(models.Model):
    code = models.CharField(max_length=8, unique=True)
    name = models.CharField(max_length=80)
    address = models.TextField()
    postcode = models.CharField(max_length=10)
    manager_name = models.CharField(max_length=120)
    phone = models.CharField(max_length=20)
    lat = models.FloatField(null=True)
    lon = models.FloatField(null=True)


class StockLevel(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    warehouse = models.ForeignKey(Warehouse, on_delete=models.CASCADE)
    on_hand = models.IntegerField(default=0)
    reserved = models.IntegerField(default=0)
    reorder_point = models.IntegerField(default=10)
    last_counted_at = models.DateTimeField(null=True)


class PriceRule(models.Model):
    name = models.CharField(max_length=80)
    percent_off = models.DecimalField(max_digits=5, decimal_places=2)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    first_order_only = models.BooleanField(default=False)
    birthday_discount = models.BooleanField(default=False)
    max_uses_per_customer = models.PositiveIntegerField(default=1)


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    rating = models.PositiveSmallIntegerField()
    headline = models.CharField(max_length=120)
    body = models.TextField()
    reviewer_location = models.CharField(max_length=60, blank=True)
    verified_purchase = models.BooleanField(default=False)
    helpful_votes = models.PositiveIntegerField(default=0)
    submitted_at = models.DateTimeField(auto_now_add=True)


class Page(models.Model):
    title = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    body_html = models.TextField()
    template_name = models.CharField(max_length=80, default="page.html")
    show_in_footer = models.BooleanField(default=False)
    seo_description = models.CharField(max_length=160, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
