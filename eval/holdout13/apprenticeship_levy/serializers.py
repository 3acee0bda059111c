from datetime import date

from rest_framework import serializers

from .models import Apprentice


class ApprenticeSerializer(serializers.ModelSerializer):
    employer_name = serializers.CharField(source="employer.name", read_only=True)
    age_at_start = serializers.SerializerMethodField()

    class Meta:
        model = Apprentice
        fields = ["id", "uln", "first_name", "last_name", "employer_name", "job_title", "age_at_start"]

    def get_age_at_start(self, obj):
        first = obj.commitments.order_by("start_date").first()
        if first is None:
            return None
        born = obj.date_of_birth
        start = first.start_date
        return start.year - born.year - ((start.month, start.day) < (born.month, born.day))


class CommitmentCreateSerializer(serializers.Serializer):
    uln = serializers.RegexField(r"^\d{10}$")
    given_names = serializers.CharField(max_length=100)
    family_name = serializers.CharField(max_length=100)
    date_of_birth = serializers.DateField()
    standard_code = serializers.IntegerField(min_value=1)
    provider_ukprn = serializers.CharField(max_length=8)
    agreed_price = serializers.DecimalField(max_digits=8, decimal_places=2)
    start_date = serializers.DateField()
    cohort_reference = serializers.CharField(max_length=20, required=False)

    def validate_start_date(self, value):
        if value < date(2017, 5, 1):
            raise serializers.ValidationError("Levy funding starts in May 2017.")
        return value


class LevyTransferRequestSerializer(serializers.Serializer):
    sending_employer_id = serializers.IntegerField()
    receiving_employer_id = serializers.IntegerField()
    amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    approver_email = serializers.EmailField()


class ProviderUserSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(write_only=True, style={"input_type": "password"})
    email = serializers.EmailField()
    is_active = serializers.BooleanField(default=True)
    last_login = serializers.DateTimeField(read_only=True)
