from rest_framework import serializers

from .models import Trip


class TripSerializer(serializers.ModelSerializer):
    places_left = serializers.IntegerField(read_only=True)
    lead_teacher_name = serializers.CharField(source="lead_teacher.display_name", read_only=True)

    class Meta:
        model = Trip
        fields = [
            "id",
            "title",
            "destination",
            "departs_at",
            "returns_at",
            "cost_per_pupil",
            "deposit",
            "payment_deadline",
            "places_left",
            "lead_teacher_name",
        ]


class ConsentSubmitSerializer(serializers.Serializer):
    trip_id = serializers.IntegerField()
    pupil_upn = serializers.CharField(max_length=13)
    guardian_name = serializers.CharField(max_length=120)
    emergency_phone = serializers.CharField(max_length=20)
    medical_treatment_consent = serializers.BooleanField()
    photo_consent = serializers.BooleanField()
    medication_to_carry = serializers.CharField(allow_blank=True, required=False)
    signature_png = serializers.CharField(help_text="base64-encoded PNG from the signature pad")


class PaymentIntentSerializer(serializers.Serializer):
    trip_id = serializers.IntegerField()
    pupil_id = serializers.IntegerField()
    amount = serializers.DecimalField(max_digits=7, decimal_places=2)
    return_url = serializers.URLField()


class RegisterRowSerializer(serializers.Serializer):
    pupil_name = serializers.CharField()
    form_group = serializers.CharField()
    photo_url = serializers.URLField(allow_null=True)
    medical_summary = serializers.CharField(allow_blank=True)
    guardian_mobile = serializers.CharField()
