from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

SUBSCRIBER_STATUSES = [
    ("prospect", _("Prospect")),
    ("active", _("Active")),
    ("suspended", _("Suspended for non-payment")),
    ("closed", _("Closed")),
]

USAGE_KINDS = [("voice", "Voice"), ("sms", "SMS"), ("data", "Data"), ("mms", "MMS")]


class Tariff(models.Model):
    code = models.SlugField(max_length=32, unique=True)
    name = models.CharField(max_length=120)
    monthly_price = models.DecimalField(max_digits=8, decimal_places=2)
    data_allowance_mb = models.PositiveIntegerField()
    minutes_allowance = models.PositiveIntegerField(null=True, blank=True)
    roaming_included = models.BooleanField(default=False)
    is_retired = models.BooleanField(default=False)

    class Meta:
        ordering = ("monthly_price",)

    def __str__(self):
        return self.name


class Subscriber(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriber"
    )
    customer_ref = models.CharField(max_length=12, unique=True, editable=False)
    title = models.CharField(max_length=10, blank=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    email = models.EmailField()
    contact_number = models.CharField(max_length=20, blank=True)
    billing_address_line1 = models.CharField(max_length=100)
    billing_address_line2 = models.CharField(max_length=100, blank=True)
    billing_town = models.CharField(max_length=60)
    billing_postcode = models.CharField(max_length=10)
    preferred_language = models.CharField(max_length=8, default="en")
    credit_check_score = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=SUBSCRIBER_STATUSES, default="prospect")
    marketing_sms_opt_in = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = (models.Index(fields=("last_name", "billing_postcode")),)

    def __str__(self):
        return self.customer_ref


class Line(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.PROTECT, related_name="lines")
    tariff = models.ForeignKey(Tariff, on_delete=models.PROTECT)
    msisdn = models.CharField(max_length=15, unique=True)
    iccid = models.CharField(max_length=22, unique=True)
    imsi = models.CharField(max_length=15, unique=True)
    imei = models.CharField(max_length=17, blank=True)
    activated_on = models.DateField(null=True, blank=True)
    ported_from_network = models.CharField(max_length=40, blank=True)
    porting_code = models.CharField(max_length=9, blank=True)
    is_barred = models.BooleanField(default=False)
    data_cap_mb = models.PositiveIntegerField(null=True, blank=True)


class UsageRecord(models.Model):
    line = models.ForeignKey(Line, on_delete=models.CASCADE, related_name="usage")
    kind = models.CharField(max_length=5, choices=USAGE_KINDS)
    called_number = models.CharField(max_length=20, blank=True)
    started_at = models.DateTimeField(db_index=True)
    duration_seconds = models.PositiveIntegerField(default=0)
    cell_id = models.CharField(max_length=24, blank=True)
    bytes_used = models.BigIntegerField(default=0)
    roaming_country = models.CharField(max_length=2, blank=True)
    charged_amount = models.DecimalField(max_digits=8, decimal_places=4, default=0)


class Invoice(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.PROTECT, related_name="invoices")
    number = models.CharField(max_length=20, unique=True)
    period_start = models.DateField()
    period_end = models.DateField()
    total_due = models.DecimalField(max_digits=10, decimal_places=2)
    paid_at = models.DateTimeField(null=True, blank=True)
    direct_debit_mandate_ref = models.CharField(max_length=35, blank=True)
    pdf = models.FileField(upload_to="invoices/%Y/%m/", blank=True)


class PaymentMethod(models.Model):
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="payment_methods"
    )
    account_holder_name = models.CharField(max_length=120, blank=True)
    sort_code = models.CharField(max_length=8, blank=True)
    account_number = models.CharField(max_length=8, blank=True)
    card_last4 = models.CharField(max_length=4, blank=True)
    psp_card_token = models.CharField(max_length=64, blank=True)
    is_default = models.BooleanField(default=False)
