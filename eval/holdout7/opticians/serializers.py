from rest_framework import serializers

from .models import Patient, SightTest


class PatientSerializer(serializers.ModelSerializer):
    age = serializers.SerializerMethodField()
    display_name = serializers.SerializerMethodField()

    class Meta:
        model = Patient
        fields = ["id", "display_name", "date_of_birth", "age", "postcode", "phone", "email"]


class SightTestSerializer(serializers.ModelSerializer):
    optometrist_name = serializers.CharField(source="optometrist.full_name", read_only=True)
    practice = serializers.StringRelatedField(source="optometrist.practice")

    class Meta:
        model = SightTest
        fields = "__all__"


class OnlineBookingSerializer(serializers.Serializer):
    first_name = serializers.CharField(max_length=60)
    last_name = serializers.CharField(max_length=60)
    email = serializers.EmailField()
    mobile = serializers.CharField(max_length=20)
    practice_id = serializers.IntegerField()
    slot = serializers.DateTimeField()
    wears_contact_lenses = serializers.BooleanField(default=False)
    notes = serializers.CharField(allow_blank=True, required=False)
