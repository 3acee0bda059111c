from rest_framework import serializers

from .models import Instrument, Loan, Player


class InstrumentSerializer(serializers.ModelSerializer):
    family_display = serializers.CharField(source="get_family_display", read_only=True)
    on_loan = serializers.BooleanField(read_only=True)
    loan_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Instrument
        fields = ["id", "asset_tag", "family", "family_display", "kind", "size", "condition",
                  "on_loan", "loan_count"]


class LoanSerializer(serializers.ModelSerializer):
    player_name = serializers.CharField(source="player.__str__", read_only=True)
    instrument_tag = serializers.CharField(source="instrument.asset_tag", read_only=True)
    overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = Loan
        fields = ["id", "player", "player_name", "instrument", "instrument_tag", "issued_on",
                  "due_back", "returned_on", "overdue"]


class PlayerSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(source="__str__", read_only=True)
    age = serializers.IntegerField(source="age_years", read_only=True)
    current_loans = LoanSerializer(many=True, read_only=True)

    class Meta:
        model = Player
        fields = ["id", "full_name", "age", "school", "grade", "section", "current_loans"]


class LoanRequestSerializer(serializers.Serializer):
    player_id = serializers.IntegerField()
    instrument_kind = serializers.CharField(max_length=40)
    size = serializers.CharField(max_length=8, required=False)
    needs_by = serializers.DateField()
    teacher_email = serializers.EmailField()
    hardship_remission = serializers.BooleanField(default=False)
    comments = serializers.CharField(required=False, allow_blank=True)


class ReturnSerializer(serializers.Serializer):
    loan_id = serializers.IntegerField()
    condition = serializers.ChoiceField(choices=["good", "fair", "needs_repair", "damaged"])
    returned_by_name = serializers.CharField(max_length=120)
    signature_png = serializers.ImageField()
