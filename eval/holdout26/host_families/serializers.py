from rest_framework import serializers

from .models import HostFamily, Placement, Student


class StudentSerializer(serializers.ModelSerializer):
    age = serializers.IntegerField(read_only=True)

    class Meta:
        model = Student
        fields = ["id", "given_name", "surname", "age", "nationality", "english_level", "allergies"]


class HostFamilyCardSerializer(serializers.ModelSerializer):
    """What a student sees before arrival."""

    household_size = serializers.IntegerField(read_only=True)
    host_first_name = serializers.CharField(source="lead_host.first_name", read_only=True)

    class Meta:
        model = HostFamily
        fields = ["family_name", "city", "has_pets", "household_size", "host_first_name"]


class PlacementSerializer(serializers.ModelSerializer):
    student = StudentSerializer(read_only=True)
    family = serializers.PrimaryKeyRelatedField(queryset=HostFamily.objects.all())

    class Meta:
        model = Placement
        fields = ["id", "student", "family", "start_date", "end_date", "status"]


class MatchingRequestSerializer(serializers.Serializer):
    student_id = serializers.IntegerField()
    preferred_area = serializers.CharField(required=False)
    needs_ground_floor = serializers.BooleanField(default=False)
    ok_with_pets = serializers.BooleanField(default=True)
    ok_with_smokers = serializers.BooleanField(default=False)
    notes = serializers.CharField(required=False, allow_blank=True)


class HostApplicationSerializer(serializers.Serializer):
    full_name = serializers.CharField(max_length=120)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=20)
    postcode = serializers.CharField(max_length=10)
    bedrooms = serializers.IntegerField(min_value=1)
    why_host = serializers.CharField()
    consent_to_checks = serializers.BooleanField()
