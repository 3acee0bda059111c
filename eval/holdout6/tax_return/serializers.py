from rest_framework import serializers


class ReturnSummarySerializer(serializers.Serializer):
    tax_year = serializers.CharField(source="tax_year.label")
    total_income = serializers.DecimalField(max_digits=12, decimal_places=2)
    tax_due = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    payment_deadline = serializers.DateField(source="tax_year.filing_deadline")
    status = serializers.CharField()


class RepaymentBankDetailsSerializer(serializers.Serializer):
    account_holder = serializers.CharField(max_length=120)
    sort_code = serializers.RegexField(r"^\d{2}-?\d{2}-?\d{2}$")
    account_number = serializers.RegexField(r"^\d{8}$")
    building_society_roll_number = serializers.CharField(required=False, allow_blank=True)


class SignInSerializer(serializers.Serializer):
    user_id = serializers.CharField(max_length=12)
    password = serializers.CharField(write_only=True, style={"input_type": "password"})
    otp = serializers.CharField(max_length=6, required=False)
