from rest_framework import serializers

from .models import Aircraft, FlightLog, RemotePilot


class PilotRegistrationSerializer(serializers.ModelSerializer):
    email = serializers.EmailField(write_only=True)
    password = serializers.CharField(write_only=True, min_length=12)
    confirm_age = serializers.BooleanField(write_only=True)
    parent_email = serializers.EmailField(required=False, write_only=True)

    class Meta:
        model = RemotePilot
        fields = ["given_name", "family_name", "date_of_birth", "street", "city", "postcode", "phone", "email", "password"]


class FlyerIdCheckSerializer(serializers.Serializer):
    flyer_id = serializers.CharField(max_length=20)
    valid = serializers.BooleanField(read_only=True)
    expires_on = serializers.DateField(read_only=True)


class AircraftSerializer(serializers.ModelSerializer):
    operator_id = serializers.CharField(source="operator.operator_id", read_only=True)

    class Meta:
        model = Aircraft
        fields = ["id", "manufacturer", "model", "serial_number", "class_mark", "takeoff_mass_g", "operator_id"]


class FlightLogSerializer(serializers.ModelSerializer):
    pilot = serializers.HiddenField(default=serializers.CurrentUserDefault())
    duration_minutes = serializers.IntegerField(read_only=True)

    class Meta:
        model = FlightLog
        fields = "__all__"
