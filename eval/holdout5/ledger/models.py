"""Businesses, their clients, invoices and expenses (B2B invoicing and bookkeeping)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models


class Business(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    legal_name = models.CharField(max_length=200)
    trading_name = models.CharField(max_length=200, blank=True)
    company_number = models.CharField(max_length=16, blank=True)
    vat_number = models.CharField(max_length=20, blank=True)
    registered_address = models.TextField()
    invoice_email = models.EmailField()
    phone = models.CharField(max_length=30, blank=True)
    logo = models.ImageField(upload_to="business-logos/", blank=True)
    base_currency = models.CharField(max_length=3, default="GBP")
    fiscal_year_start = models.PositiveSmallIntegerField(default=4)
    bank_iban = models.CharField(max_length=34, blank=True)
    bank_bic = models.CharField(max_length=11, blank=True)
    next_invoice_number = models.PositiveIntegerField(default=1)


class Client(models.Model):
    business = models.ForeignKey(Business, on_delete=models.CASCADE, related_name="clients")
    company = models.CharField(max_length=200)
    contact_name = models.CharField(max_length=120, blank=True)
    contact_email = models.EmailField(blank=True)
    accounts_payable_email = models.EmailField(blank=True)
    billing_address = models.TextField(blank=True)
    country = models.CharField(max_length=2)
    vat_number = models.CharField(max_length=20, blank=True)
    payment_terms_days = models.PositiveSmallIntegerField(default=30)
    notes = models.TextField(blank=True)


class TaxRate(models.Model):
    business = models.ForeignKey(Business, on_delete=models.CASCADE)
    name = models.CharField(max_length=40)
    percent = models.DecimalField(max_digits=5, decimal_places=2)
    is_default = models.BooleanField(default=False)


class Invoice(models.Model):
    DRAFT = "draft"
    SENT = "sent"
    PAID = "paid"
    VOID = "void"
    STATUS_CHOICES = [(DRAFT, "Draft"), (SENT, "Sent"), (PAID, "Paid"), (VOID, "Void")]

    business = models.ForeignKey(Business, on_delete=models.CASCADE)
    client = models.ForeignKey(Client, on_delete=models.PROTECT)
    number = models.CharField(max_length=30)
    issue_date = models.DateField()
    due_date = models.DateField()
    status = models.CharField(max_length=8, choices=STATUS_CHOICES, default=DRAFT)
    currency = models.CharField(max_length=3)
    po_number = models.CharField(max_length=40, blank=True)
    footer_text = models.TextField(blank=True)
    subtotal = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))
    tax_total = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))
    amount_due = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))


class LineItem(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="lines")
    description = models.CharField(max_length=300)
    quantity = models.DecimalField(max_digits=10, decimal_places=2)
    unit_price = models.DecimalField(max_digits=12, decimal_places=2)
    tax_rate = models.ForeignKey(TaxRate, on_delete=models.SET_NULL, null=True)


class Payment(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="payments")
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    received_on = models.DateField()
    method = models.CharField(max_length=20)
    bank_reference = models.CharField(max_length=60, blank=True)


class Expense(models.Model):
    business = models.ForeignKey(Business, on_delete=models.CASCADE)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    merchant = models.CharField(max_length=120)
    category = models.CharField(max_length=40)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    incurred_on = models.DateField()
    receipt = models.FileField(upload_to="receipts/", blank=True)
    mileage_miles = models.PositiveIntegerField(null=True, blank=True)
    reimbursable = models.BooleanField(default=False)


class BankFeedConnection(models.Model):
    business = models.ForeignKey(Business, on_delete=models.CASCADE)
    provider = models.CharField(max_length=30)
    access_token = models.TextField()
    refresh_token = models.TextField()
    consent_expires_at = models.DateTimeField()
    last_synced_at = models.DateTimeField(null=True, blank=True)
