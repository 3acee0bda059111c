from rest_framework import serializers

from .models import Delivery


class PatientSignupSerializer(serializers.Serializer):
    nhs_number = serializers.RegexField(r"^\d{10}$")
    first_name = serializers.CharField(max_length=60)
    surname = serializers.CharField(max_length=60)
    date_of_birth = serializers.DateField()
    postcode = serializers.CharField(max_length=10)
    mobile = serializers.CharField(max_length=20)
    email = serializers.EmailField(required=False, allow_blank=True)
    password = serializers.CharField(write_only=True, min_length=10)
    sms_delivery_updates = serializers.BooleanField(default=True)
    pharmacy_ods_code = serializers.CharField(max_length=8)


class DeliverySlotSerializer(serializers.Serializer):
    slot_start = serializers.DateTimeField()
    slot_end = serializers.DateTimeField()
    capacity_left = serializers.IntegerField(min_value=0)


class DeliveryTrackingSerializer(serializers.ModelSerializer):
    patient_name = serializers.CharField(source="prescription.patient.full_name", read_only=True)
    eta_minutes = serializers.IntegerField(read_only=True)
    driver_first_name = serializers.CharField(source="driver.user.first_name", read_only=True)

    class Meta:
        model = Delivery
        fields = ["id", "slot_start", "slot_end", "delivered_at", "patient_name", "eta_minutes", "driver_first_name"]


class ProofOfDeliverySerializer(serializers.ModelSerializer):
    class Meta:
        model = Delivery
        fields = ["recipient_signature", "proof_photo", "drop_lat", "drop_lng", "driver_notes"]
