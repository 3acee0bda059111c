from rest_framework import serializers

from .models import ProductionRun, WholesaleOrder


class ProductionRunSerializer(serializers.ModelSerializer):
    product_name = serializers.CharField(source="product.name", read_only=True)
    oven_name = serializers.CharField(source="oven.name", read_only=True)
    signed_off_by = serializers.StringRelatedField()

    class Meta:
        model = ProductionRun
        fields = "__all__"


class DailyPlanLineSerializer(serializers.Serializer):
    date = serializers.DateField()
    product_sku = serializers.CharField(max_length=20)
    quantity = serializers.IntegerField(min_value=0)
    oven = serializers.CharField()
    start_time = serializers.TimeField()


class WholesaleOrderSerializer(serializers.ModelSerializer):
    lines = serializers.ListField(child=serializers.DictField(), write_only=True)
    total = serializers.DecimalField(max_digits=10, decimal_places=2, read_only=True)

    class Meta:
        model = WholesaleOrder
        fields = ["id", "customer_name", "delivery_address", "delivery_postcode", "required_by",
                  "standing_order", "lines", "total"]
