from rest_framework import serializers

from .models import Installation, TestVisit, Venue


class VenueSerializer(serializers.ModelSerializer):
    installation_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Venue
        fields = ["id", "name", "venue_type", "town", "postcode", "installation_count"]


class InstallationSerializer(serializers.ModelSerializer):
    venue = VenueSerializer(read_only=True)
    engineer_name = serializers.CharField(source="installed_by.name", read_only=True)
    amplifier_model = serializers.CharField(source="amplifier.name", read_only=True)
    overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = Installation
        fields = "__all__"


class TestVisitSerializer(serializers.ModelSerializer):
    engineer = serializers.PrimaryKeyRelatedField(read_only=True)
    installation = serializers.SlugRelatedField(slug_field="certificate_number", read_only=True)

    class Meta:
        model = TestVisit
        fields = "__all__"


class TestReadingSerializer(serializers.Serializer):
    certificate_number = serializers.CharField()
    field_strength_db = serializers.DecimalField(max_digits=4, decimal_places=1)
    metal_loss_db = serializers.DecimalField(max_digits=4, decimal_places=1, required=False)
    background_noise_db = serializers.DecimalField(max_digits=4, decimal_places=1, required=False)
    passed = serializers.BooleanField()
