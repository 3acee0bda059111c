from rest_framework import serializers

from .models import Applicant, Application, Journey, Pass


class ApplicantSerializer(serializers.ModelSerializer):
    age = serializers.IntegerField(source="age_in_years", read_only=True)

    class Meta:
        model = Applicant
        fields = ["id", "title", "first_name", "last_name", "date_of_birth", "postcode", "age"]


class ApplicationCreateSerializer(serializers.Serializer):
    first_name = serializers.CharField(max_length=60)
    last_name = serializers.CharField(max_length=60)
    date_of_birth = serializers.DateField()
    ni_number = serializers.RegexField(r"^[A-Z]{2}\d{6}[A-D]$", required=False)
    postcode = serializers.CharField(max_length=8)
    email = serializers.EmailField(required=False)
    eligibility = serializers.ChoiceField(choices=Application.ELIGIBILITY_CHOICES)
    disability_category = serializers.CharField(required=False, allow_blank=True)
    photo = serializers.ImageField()
    declaration = serializers.BooleanField()


class PassSerializer(serializers.ModelSerializer):
    holder_name = serializers.CharField(source="application.applicant.get_full_name", read_only=True)

    class Meta:
        model = Pass
        fields = ["card_number", "issued_on", "expires_on", "hotlisted", "holder_name"]


class JourneySerializer(serializers.ModelSerializer):
    boarding_stop = serializers.CharField()
    boarded_at = serializers.DateTimeField(format="%Y-%m-%d %H:%M")

    class Meta:
        model = Journey
        fields = ["boarded_at", "operator_code", "boarding_stop", "fare_saved"]


class ConcessionStatsSerializer(serializers.Serializer):
    month = serializers.DateField()
    operator_code = serializers.CharField()
    journeys = serializers.IntegerField()
    reimbursement_total = serializers.DecimalField(max_digits=12, decimal_places=2)
