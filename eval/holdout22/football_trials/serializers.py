from rest_framework import serializers

from .models import Assessment, Trialist


class TrialApplicationSerializer(serializers.Serializer):
    first_name = serializers.CharField(max_length=60)
    surname = serializers.CharField(max_length=60)
    date_of_birth = serializers.DateField()
    current_club = serializers.CharField(required=False, allow_blank=True)
    position = serializers.ChoiceField(choices=["GK", "DEF", "MID", "FWD"])
    highlight_video_url = serializers.URLField(required=False)
    parent_name = serializers.CharField()
    parent_email = serializers.EmailField()
    parent_phone = serializers.CharField()
    session_id = serializers.IntegerField()
    medical_notes = serializers.CharField(required=False, allow_blank=True)


class TrialistSerializer(serializers.ModelSerializer):
    age = serializers.SerializerMethodField()
    assessments = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Trialist
        fields = ["id", "first_name", "surname", "age", "position", "current_club", "assessments"]


class AssessmentSummarySerializer(serializers.ModelSerializer):
    trialist_name = serializers.CharField(source="trialist.first_name", read_only=True)
    overall = serializers.FloatField(read_only=True)
    session_date = serializers.DateTimeField(source="session.kick_off", read_only=True)

    class Meta:
        model = Assessment
        fields = ["trialist_name", "overall", "outcome", "session_date"]
