from rest_framework import serializers

from .models import Borrower, CourseApplication, LoanAccount


class BorrowerSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(source="user.get_full_name", read_only=True)
    email = serializers.EmailField(source="user.email")
    masked_account_number = serializers.SerializerMethodField()

    class Meta:
        model = Borrower
        fields = [
            "customer_reference_number",
            "full_name",
            "email",
            "date_of_birth",
            "home_postcode",
            "masked_account_number",
            "status",
        ]

    def get_masked_account_number(self, obj):
        return f"****{obj.bank_account_number[-4:]}" if obj.bank_account_number else ""


class LoanBalanceSerializer(serializers.ModelSerializer):
    plan_label = serializers.CharField(source="get_plan_display", read_only=True)
    next_statement_date = serializers.DateField(read_only=True)

    class Meta:
        model = LoanAccount
        fields = ["id", "plan", "plan_label", "balance", "interest_rate", "write_off_date"]


class CourseApplicationSerializer(serializers.ModelSerializer):
    household_income = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    sponsor_1_income = serializers.IntegerField(min_value=0, required=False, allow_null=True)

    class Meta:
        model = CourseApplication
        exclude = ["borrower"]


class ChangeBankDetailsSerializer(serializers.Serializer):
    account_holder_name = serializers.CharField(max_length=120)
    sort_code = serializers.RegexField(r"^\d{6}$")
    account_number = serializers.RegexField(r"^\d{8}$")
    password = serializers.CharField(write_only=True, style={"input_type": "password"})
