from rest_framework import serializers

from .models import GenerationReading, Member


class MemberSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(source="get_full_name", read_only=True)
    shares_value = serializers.DecimalField(max_digits=10, decimal_places=2, read_only=True)

    class Meta:
        model = Member
        fields = ["membership_number", "full_name", "email", "shares_held", "shares_value", "status"]


class JoinSerializer(serializers.Serializer):
    first_name = serializers.CharField(max_length=60)
    last_name = serializers.CharField(max_length=60)
    email = serializers.EmailField()
    date_of_birth = serializers.DateField()
    address_line = serializers.CharField(max_length=200)
    postcode = serializers.CharField(max_length=8)
    investment = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=100)
    sort_code = serializers.RegexField(r"^\d{2}-?\d{2}-?\d{2}$")
    account_number = serializers.RegexField(r"^\d{8}$")
    password = serializers.CharField(write_only=True, style={"input_type": "password"})
    newsletter = serializers.BooleanField(default=True)


class GenerationSerializer(serializers.ModelSerializer):
    turbine_name = serializers.CharField(source="turbine.name", read_only=True)

    class Meta:
        model = GenerationReading
        fields = ["turbine_name", "period_start", "kwh", "availability_pct"]
