from django.contrib.auth import get_user_model
from rest_framework import serializers

from .models import Adult, Child, Visit


class AdultSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(read_only=True)
    age = serializers.IntegerField(read_only=True)

    class Meta:
        model = Adult
        fields = ["id", "family", "role", "full_name", "age", "phone", "interpreter_language"]


class ChildSerializer(serializers.ModelSerializer):
    age_years = serializers.IntegerField(read_only=True)

    class Meta:
        model = Child
        fields = ["id", "first_name", "age_years", "allergies"]


class VisitSerializer(serializers.ModelSerializer):
    supervisor_name = serializers.CharField(source="supervisor.get_full_name", read_only=True)
    children = ChildSerializer(source="family.children", many=True, read_only=True)

    class Meta:
        model = Visit
        fields = ["id", "room", "starts_at", "ends_at", "status", "supervisor_name", "children"]


class VisitBookingSerializer(serializers.Serializer):
    family_id = serializers.IntegerField()
    starts_at = serializers.DateTimeField()
    room = serializers.CharField(max_length=30)
    staggered_arrival_minutes = serializers.IntegerField(min_value=0, default=15)
    notes = serializers.CharField(required=False, allow_blank=True)


class ObservationSerializer(serializers.Serializer):
    visit_id = serializers.IntegerField()
    observer = serializers.PrimaryKeyRelatedField(queryset=get_user_model().objects.all())
    text = serializers.CharField()
