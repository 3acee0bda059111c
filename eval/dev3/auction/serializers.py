"""Online auction house API (DRF serializers)."""

from rest_framework import serializers

from .models import Bidder, Lot


class BidderSerializer(serializers.Serializer):
    paddle_number = serializers.CharField(max_length=8)
    display_name = serializers.CharField(max_length=60)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=20)
    shipping_address = serializers.CharField()
    credit_limit = serializers.DecimalField(max_digits=10, decimal_places=2)
    kyc_document_number = serializers.CharField(max_length=30)
    kyc_document_expiry = serializers.DateField()
    is_banned = serializers.BooleanField(default=False)
    marketing_ok = serializers.BooleanField(default=False)
    ip_address = serializers.IPAddressField(read_only=True)


class LotSerializer(serializers.ModelSerializer):
    lot_number = serializers.IntegerField()
    title = serializers.CharField(max_length=200)
    description = serializers.CharField()
    estimate_low = serializers.DecimalField(max_digits=10, decimal_places=2)
    estimate_high = serializers.DecimalField(max_digits=10, decimal_places=2)
    reserve_price = serializers.DecimalField(max_digits=10, decimal_places=2)
    hammer_price = serializers.DecimalField(max_digits=10, decimal_places=2, read_only=True)
    condition_report = serializers.CharField()
    provenance = serializers.CharField()

    class Meta:
        model = Lot
        fields = "__all__"


class BidSerializer(serializers.Serializer):
    bidder = serializers.PrimaryKeyRelatedField(queryset=Bidder.objects.all())
    lot = serializers.PrimaryKeyRelatedField(queryset=Lot.objects.all())
    amount = serializers.DecimalField(max_digits=10, decimal_places=2)
    max_bid = serializers.DecimalField(max_digits=10, decimal_places=2)
    placed_at = serializers.DateTimeField(read_only=True)
    user_agent = serializers.CharField(read_only=True)


class ConsignorSerializer(serializers.Serializer):
    name = serializers.CharField()
    address = serializers.CharField()
    iban = serializers.CharField()
    commission_rate = serializers.DecimalField(max_digits=4, decimal_places=2)
    tax_reference = serializers.CharField()


class AuctionHouseSettingsSerializer(serializers.Serializer):
    buyer_premium_rate = serializers.DecimalField(max_digits=4, decimal_places=2)
    payment_provider_key = serializers.CharField()
    auctioneer_licence = serializers.CharField()
