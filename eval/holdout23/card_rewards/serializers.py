from rest_framework import serializers

from .models import Card, Cardholder


class CardholderSerializer(serializers.ModelSerializer):
    tier_name = serializers.CharField(source="get_tier_display", read_only=True)

    class Meta:
        model = Cardholder
        fields = ["customer_number", "display_name", "email", "tier", "tier_name", "points_balance"]


class CardSerializer(serializers.ModelSerializer):
    masked_number = serializers.SerializerMethodField()

    class Meta:
        model = Card
        fields = ["id", "network", "masked_number", "expiry_month", "expiry_year", "is_primary"]

    def get_masked_number(self, obj):
        return f"**** **** **** {obj.last_four}"


class StatementLineSerializer(serializers.Serializer):
    posted_at = serializers.DateTimeField()
    merchant_name = serializers.CharField()
    amount = serializers.DecimalField(max_digits=9, decimal_places=2)
    points_earned = serializers.IntegerField()
    running_balance = serializers.IntegerField()


class RedeemSerializer(serializers.Serializer):
    reward_id = serializers.IntegerField()
    quantity = serializers.IntegerField(min_value=1, max_value=5, default=1)
    ship_to_name = serializers.CharField(max_length=80, required=False)
    ship_to_address = serializers.CharField(required=False)
    ship_to_postcode = serializers.CharField(max_length=10, required=False)
    one_time_passcode = serializers.CharField(max_length=8, write_only=True)


class PointsTransferSerializer(serializers.Serializer):
    to_customer_number = serializers.CharField(max_length=16)
    points = serializers.IntegerField(min_value=100)
