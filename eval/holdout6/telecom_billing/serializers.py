from rest_framework import serializers

from .models import Subscriber


class SubscriberSerializer(serializers.ModelSerializer):
    full_name = serializers.SerializerMethodField()
    masked_msisdn = serializers.SerializerMethodField()
    tariff_name = serializers.CharField(source="lines.first.tariff.name", read_only=True)
    outstanding_balance = serializers.DecimalField(max_digits=10, decimal_places=2, read_only=True)

    class Meta:
        model = Subscriber
        fields = ("customer_ref", "full_name", "email", "masked_msisdn", "tariff_name", "status")

    def get_full_name(self, obj):
        return f"{obj.first_name} {obj.last_name}".strip()

    def get_masked_msisdn(self, obj):
        line = obj.lines.first()
        return "*" * 7 + line.msisdn[-4:] if line else ""


class TopUpSerializer(serializers.Serializer):
    msisdn = serializers.RegexField(r"^\+?\d{10,15}$")
    amount = serializers.DecimalField(max_digits=6, decimal_places=2, min_value=5)
    voucher_code = serializers.CharField(required=False, allow_blank=True)
    channel = serializers.ChoiceField(choices=["app", "web", "retail", "ivr"])


class PortInRequestSerializer(serializers.Serializer):
    msisdn = serializers.CharField(max_length=15)
    pac_code = serializers.CharField(min_length=9, max_length=9)
    donor_network = serializers.CharField(max_length=40)
    requested_date = serializers.DateField()
    account_holder_dob = serializers.DateField()
