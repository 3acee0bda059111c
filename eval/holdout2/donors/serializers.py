"""Django REST framework serializers for the supporter API."""

from __future__ import annotations

from rest_framework import serializers

from .models import Campaign, Donation, Supporter


class CampaignSerializer(serializers.ModelSerializer):
    raised = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True)
    donor_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Campaign
        fields = ["id", "name", "slug", "target_amount", "raised", "donor_count"]


class SupporterSerializer(serializers.ModelSerializer):
    full_name = serializers.SerializerMethodField()
    email = serializers.EmailField(required=False, allow_blank=True)
    postcode = serializers.CharField(max_length=10)

    class Meta:
        model = Supporter
        exclude = ["estimated_capacity", "account_manager"]

    def get_full_name(self, obj: Supporter) -> str:
        return f"{obj.forenames} {obj.surname}"


class DonationSerializer(serializers.ModelSerializer):
    supporter = serializers.PrimaryKeyRelatedField(queryset=Supporter.objects.all())
    campaign = serializers.SlugRelatedField(slug_field="slug", queryset=Campaign.objects.all())

    class Meta:
        model = Donation
        fields = "__all__"


class OnlineGiftSerializer(serializers.Serializer):
    """Body posted by the public donation page."""

    amount = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=1)
    first_name = serializers.CharField(max_length=100)
    last_name = serializers.CharField(max_length=100)
    email = serializers.EmailField()
    address_line1 = serializers.CharField(max_length=120)
    postcode = serializers.CharField(max_length=10)
    keep_in_touch = serializers.BooleanField(default=False)
    payment_intent = serializers.CharField(max_length=64)
