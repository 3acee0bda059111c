from rest_framework import serializers

from .models import AllowancePayment, Carer


class CarerSerializer(serializers.ModelSerializer):
    full_name = serializers.SerializerMethodField()
    open_placements = serializers.IntegerField(read_only=True)

    class Meta:
        model = Carer
        fields = ["id", "carer_number", "full_name", "email", "mobile", "fee_level", "open_placements"]

    def get_full_name(self, obj):
        return f"{obj.first_name} {obj.last_name}"


class BankDetailsSerializer(serializers.Serializer):
    account_holder = serializers.CharField(max_length=70)
    sort_code = serializers.RegexField(r"^\d{2}-?\d{2}-?\d{2}$")
    account_number = serializers.RegexField(r"^\d{8}$")
    building_society_roll = serializers.CharField(required=False, allow_blank=True)
    effective_from = serializers.DateField()


class PaymentSerializer(serializers.ModelSerializer):
    carer_name = serializers.CharField(source="carer.last_name", read_only=True)
    period = serializers.SerializerMethodField()

    class Meta:
        model = AllowancePayment
        fields = ["id", "carer_name", "period", "amount", "status", "paid_on"]

    def get_period(self, obj):
        return f"{obj.period_start:%d %b} - {obj.period_end:%d %b %Y}"


class ChildNeedsSerializer(serializers.Serializer):
    child_reference = serializers.CharField()
    allergies = serializers.CharField(allow_blank=True)
    medication = serializers.CharField(allow_blank=True)
    school_name = serializers.CharField(allow_blank=True)
    social_worker_name = serializers.CharField()
    social_worker_email = serializers.EmailField()
    contact_arrangements = serializers.CharField(allow_blank=True)
