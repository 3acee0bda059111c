from rest_framework import serializers

from .models import Visit


class RunSheetVisitSerializer(serializers.ModelSerializer):
    client_name = serializers.CharField(source="client.full_name", read_only=True)
    client_address = serializers.SerializerMethodField()
    key_safe_code = serializers.CharField(source="client.key_safe_code", read_only=True)

    class Meta:
        model = Visit
        fields = ["id", "scheduled_start", "scheduled_minutes", "client_name", "client_address", "key_safe_code"]

    def get_client_address(self, obj):
        c = obj.client
        return ", ".join(filter(None, [c.address_line_1, c.address_line_2, c.town, c.postcode]))


class CheckInSerializer(serializers.Serializer):
    visit_id = serializers.IntegerField()
    lat = serializers.DecimalField(max_digits=9, decimal_places=6)
    lng = serializers.DecimalField(max_digits=9, decimal_places=6)
    device_id = serializers.CharField(max_length=64)
    recorded_at = serializers.DateTimeField()


class VisitReportSerializer(serializers.Serializer):
    medication_given = serializers.ListField(child=serializers.CharField())
    food_and_drink = serializers.CharField(allow_blank=True)
    notes = serializers.CharField(allow_blank=True)
    client_mood = serializers.ChoiceField(choices=["settled", "low", "anxious", "agitated"])
    concern_raised = serializers.BooleanField(default=False)
