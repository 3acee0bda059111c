from datetime import date

from rest_framework import serializers

from .models import Swimmer


class SwimmerSerializer(serializers.ModelSerializer):
    age = serializers.SerializerMethodField()
    guardian_name = serializers.CharField(source="guardian.last_name", read_only=True)

    class Meta:
        model = Swimmer
        fields = ["id", "first_name", "age", "stage", "guardian_name"]

    def get_age(self, obj):
        today = date.today()
        return today.year - obj.date_of_birth.year


class GuardianSignupSerializer(serializers.Serializer):
    email = serializers.EmailField()
    password = serializers.CharField(write_only=True, min_length=10)
    confirm_password = serializers.CharField(write_only=True)
    first_name = serializers.CharField()
    last_name = serializers.CharField()
    mobile = serializers.CharField()
    postcode = serializers.CharField()
    accept_terms = serializers.BooleanField()


class WaitingListSerializer(serializers.Serializer):
    swimmer_first_name = serializers.CharField()
    swimmer_dob = serializers.DateField()
    preferred_pool = serializers.IntegerField()
    preferred_days = serializers.ListField(child=serializers.IntegerField())
    guardian_email = serializers.EmailField()
    notes = serializers.CharField(required=False, allow_blank=True)
