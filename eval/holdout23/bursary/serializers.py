from rest_framework import serializers

from .models import Application


class ApplicationStatusSerializer(serializers.ModelSerializer):
    scheme_name = serializers.CharField(source="scheme.name", read_only=True)

    class Meta:
        model = Application
        fields = ["id", "scheme_name", "status", "submitted_at", "award_amount"]


class AwardExportSerializer(serializers.Serializer):
    student_number = serializers.CharField()
    account_name = serializers.CharField()
    sort_code = serializers.CharField()
    account_number = serializers.CharField()
    amount = serializers.DecimalField(max_digits=7, decimal_places=2)
    payment_reference = serializers.CharField(max_length=18)
