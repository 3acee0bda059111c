from __future__ import annotations

from rest_framework import serializers

from .models import Customer, Plan, Subscription


class PlanSerializer(serializers.ModelSerializer):
    price = serializers.SerializerMethodField()

    class Meta:
        model = Plan
        fields = ["code", "name", "interval", "price", "trial_days"]


class CustomerSerializer(serializers.ModelSerializer):
    email = serializers.EmailField(source="billing_email")
    default_card_last4 = serializers.CharField(read_only=True)

    class Meta:
        model = Customer
        fields = ["email", "billing_name", "city", "country", "default_card_last4"]


class SubscriptionSerializer(serializers.ModelSerializer):
    plan = PlanSerializer(read_only=True)
    customer_email = serializers.EmailField(source="customer.billing_email", read_only=True)
    seats = serializers.IntegerField(source="quantity")

    class Meta:
        model = Subscription
        fields = ["id", "plan", "status", "seats", "current_period_end", "customer_email"]


class CheckoutSerializer(serializers.Serializer):
    plan_code = serializers.SlugField()
    payment_method_token = serializers.CharField(max_length=255)
    coupon = serializers.CharField(required=False, allow_blank=True)
    seats = serializers.IntegerField(min_value=1, default=1)


class CancelSerializer(serializers.Serializer):
    at_period_end = serializers.BooleanField(default=True)
    reason = serializers.ChoiceField(
        choices=["too_expensive", "missing_features", "switched", "other"]
    )
    feedback = serializers.CharField(required=False, allow_blank=True, max_length=2000)
