from rest_framework import serializers

from .models import Client, Contact, Sighting


class SightingReportSerializer(serializers.ModelSerializer):
    reporter_email = serializers.EmailField(required=False)
    reporter_phone = serializers.CharField(required=False, max_length=20)
    what3words = serializers.CharField(required=False)
    person_description = serializers.CharField(max_length=1000)

    class Meta:
        model = Sighting
        fields = ["seen_at", "location_description", "latitude", "longitude", "notes"]


class ClientListSerializer(serializers.ModelSerializer):
    keyworker_name = serializers.CharField(source="keyworker.user.get_full_name", read_only=True)
    last_contact = serializers.DateTimeField(read_only=True)

    class Meta:
        model = Client
        fields = ["id", "known_as", "approx_age", "gender", "keyworker_name", "last_contact"]


class ContactSerializer(serializers.ModelSerializer):
    client = serializers.PrimaryKeyRelatedField(queryset=Client.objects.all())
    worker = serializers.HiddenField(default=serializers.CurrentUserDefault())

    class Meta:
        model = Contact
        fields = ["client", "worker", "contacted_at", "outcome", "nights_out", "summary"]


class HeatmapPointSerializer(serializers.Serializer):
    ward = serializers.CharField()
    sightings = serializers.IntegerField()
    rough_sleepers = serializers.IntegerField()
    week_start = serializers.DateField()
