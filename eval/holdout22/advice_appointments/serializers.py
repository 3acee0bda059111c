from rest_framework import serializers

from .models import Appointment, Client


class SlotSerializer(serializers.Serializer):
    office = serializers.CharField()
    starts_at = serializers.DateTimeField()
    channel = serializers.CharField()
    adviser_first_name = serializers.CharField()


class BookingRequestSerializer(serializers.Serializer):
    first_name = serializers.CharField(max_length=60)
    last_name = serializers.CharField(max_length=60)
    phone = serializers.CharField(max_length=20)
    email = serializers.EmailField(required=False)
    postcode = serializers.CharField(max_length=10)
    safe_to_leave_voicemail = serializers.BooleanField(default=False)
    topic = serializers.ChoiceField(choices=["benefits", "debt", "housing", "employment", "immigration", "consumer"])
    what_is_happening = serializers.CharField(max_length=3000)
    preferred_language = serializers.CharField(required=False)
    slot_starts_at = serializers.DateTimeField()


class ClientSerializer(serializers.ModelSerializer):
    appointments = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    full_name = serializers.SerializerMethodField()

    class Meta:
        model = Client
        exclude = ["national_insurance_number", "immigration_status"]


class AppointmentSerializer(serializers.ModelSerializer):
    client_reference = serializers.CharField(source="client.reference", read_only=True)
    adviser_name = serializers.CharField(source="adviser.user.get_full_name", read_only=True)

    class Meta:
        model = Appointment
        fields = ["id", "client_reference", "adviser_name", "channel", "starts_at", "topic"]
