from rest_framework import serializers

from .models import Donor


class DonorSerializer(serializers.ModelSerializer):
    items_sold_this_year = serializers.IntegerField(read_only=True)
    proceeds_this_year = serializers.DecimalField(max_digits=9, decimal_places=2, read_only=True)

    class Meta:
        model = Donor
        fields = ["donor_number", "first_name", "surname", "postcode", "items_sold_this_year", "proceeds_this_year"]


class DeclarationSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=10, required=False)
    first_name = serializers.CharField(max_length=60)
    surname = serializers.CharField(max_length=60)
    house_name_or_number = serializers.CharField(max_length=60)
    postcode = serializers.CharField(max_length=8)
    email = serializers.EmailField(required=False)
    confirms_uk_taxpayer = serializers.BooleanField()
    signature_png = serializers.CharField()
    appeal_mailings = serializers.BooleanField(default=False)


class TillSaleSerializer(serializers.Serializer):
    tag_code = serializers.CharField(max_length=14)
    price = serializers.DecimalField(max_digits=7, decimal_places=2)
    payment_method = serializers.ChoiceField(choices=["cash", "card"])
    till_id = serializers.CharField(max_length=8)
    cashier = serializers.PrimaryKeyRelatedField(read_only=True)
    sold_at = serializers.DateTimeField()
