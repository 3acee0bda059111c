"""Django models of a contact-centre CRM (evaluation corpus)."""

from django.contrib.auth import get_user_model
from django.db import models


class Contact(models.Model):
    owner = models.ForeignKey(get_user_model(), on_delete=models.SET_NULL, null=True)
    salutation = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    email = models.EmailField(blank=True)
    secondary_email = models.EmailField(blank=True)
    phone = models.CharField(max_length=32, blank=True)
    company = models.CharField(max_length=120, blank=True)
    job_title = models.CharField(max_length=120, blank=True)
    linkedin_handle = models.CharField(max_length=80, blank=True)
    street_address = models.CharField(max_length=200, blank=True)
    zip_code = models.CharField(max_length=10, blank=True)
    lead_score = models.IntegerField(default=0)
    do_not_call = models.BooleanField(default=False)
    source = models.CharField(max_length=40)
    tags = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Interaction(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE)
    channel = models.CharField(max_length=20)
    direction = models.CharField(max_length=8)
    summary = models.TextField()
    call_recording = models.FileField(blank=True)
    duration_seconds = models.PositiveIntegerField()
    occurred_at = models.DateTimeField()


class Ticket(models.Model):
    requester = models.ForeignKey(Contact, on_delete=models.CASCADE)
    subject = models.CharField(max_length=200)
    description = models.TextField()
    priority = models.CharField(max_length=10)
    status = models.CharField(max_length=10)
    sla_breached = models.BooleanField(default=False)
    assigned_team = models.CharField(max_length=40)


class Campaign(models.Model):
    name = models.CharField(max_length=120)
    email_subject = models.CharField(max_length=200)
    email_template = models.TextField()
    from_email = models.EmailField()
    send_at = models.DateTimeField()
    budget = models.DecimalField(max_digits=10, decimal_places=2)
    open_count = models.IntegerField(default=0)


class Consent(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE)
    marketing_email = models.BooleanField(default=False)
    marketing_sms = models.BooleanField(default=False)
    consent_text_version = models.CharField(max_length=10)
    given_at = models.DateTimeField()
    ip_address = models.GenericIPAddressField()
