from rest_framework import serializers

from .models import Application, Debt, Debtor


class DebtSerializer(serializers.ModelSerializer):
    class Meta:
        model = Debt
        fields = ["id", "creditor", "creditor_reference", "kind", "balance", "monthly_repayment"]


class DebtorSerializer(serializers.ModelSerializer):
    # both annotated onto the queryset in DebtorViewSet.get_queryset()
    full_name = serializers.CharField(read_only=True)
    age = serializers.IntegerField(read_only=True)
    debts = DebtSerializer(many=True, read_only=True)
    total_owed = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True)

    class Meta:
        model = Debtor
        exclude = ["created_at"]


class EligibilityCheckSerializer(serializers.Serializer):
    """Quick screen run before an intermediary opens a full application."""

    postcode = serializers.CharField(max_length=8)
    total_debt = serializers.DecimalField(max_digits=10, decimal_places=2)
    monthly_surplus = serializers.DecimalField(max_digits=8, decimal_places=2)
    assets_value = serializers.DecimalField(max_digits=10, decimal_places=2)
    owns_property = serializers.BooleanField()
    previous_dro_within_six_years = serializers.BooleanField()
    bankruptcy_order_in_force = serializers.BooleanField()


class ApplicationSubmitSerializer(serializers.ModelSerializer):
    debtor = DebtorSerializer(read_only=True)
    declaration_accepted = serializers.BooleanField(write_only=True)

    class Meta:
        model = Application
        fields = ["case_reference", "debtor", "total_assets", "vehicle_value", "surplus_income",
                  "declaration_accepted"]


class DecisionSerializer(serializers.Serializer):
    approved = serializers.BooleanField()
    reason = serializers.CharField(allow_blank=True, max_length=4000)
    decided_by = serializers.PrimaryKeyRelatedField(read_only=True)
