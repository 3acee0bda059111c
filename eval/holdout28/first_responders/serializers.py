from rest_framework import serializers

from .models import Callout, DefibCabinet, Responder


class ResponderSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(source="user.get_full_name", read_only=True)
    scheme_name = serializers.CharField(source="scheme.name", read_only=True)

    class Meta:
        model = Responder
        fields = ["id", "callsign", "full_name", "scheme_name", "grade", "mobile", "is_active"]


class LocationPingSerializer(serializers.Serializer):
    lat = serializers.FloatField(min_value=-90, max_value=90)
    lng = serializers.FloatField(min_value=-180, max_value=180)
    accuracy_m = serializers.FloatField(required=False)
    device_token = serializers.CharField(max_length=255)
    battery_pct = serializers.IntegerField(required=False)


class CalloutSerializer(serializers.ModelSerializer):
    responder_callsign = serializers.CharField(source="responder.callsign", read_only=True)
    minutes_to_scene = serializers.IntegerField(read_only=True)

    class Meta:
        model = Callout
        exclude = ["incident_lat", "incident_lng"]


class DefibCabinetSerializer(serializers.ModelSerializer):
    guardian_callsign = serializers.CharField(source="guardian.callsign", read_only=True)
    distance_m = serializers.IntegerField(read_only=True)

    class Meta:
        model = DefibCabinet
        exclude = ["access_code"]
