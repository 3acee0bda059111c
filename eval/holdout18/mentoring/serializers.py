from rest_framework import serializers

from .models import Mentor, Session


class MentorCardSerializer(serializers.ModelSerializer):
    display_name = serializers.CharField(source="user.get_full_name", read_only=True)
    photo = serializers.ImageField(source="user.profile.photo", read_only=True)

    class Meta:
        model = Mentor
        fields = ["id", "display_name", "photo", "job_title", "employer", "bio"]


class MenteeSignupSerializer(serializers.Serializer):
    first_name = serializers.CharField(max_length=60)
    last_name = serializers.CharField(max_length=60)
    email = serializers.EmailField()
    date_of_birth = serializers.DateField()
    school = serializers.CharField(max_length=120)
    year_group = serializers.IntegerField(min_value=9, max_value=13)
    parent_guardian_email = serializers.EmailField()
    parental_consent = serializers.BooleanField()
    interests = serializers.ListField(child=serializers.CharField(max_length=40), required=False)


class SessionLogSerializer(serializers.ModelSerializer):
    match_id = serializers.IntegerField()

    class Meta:
        model = Session
        fields = ["match_id", "held_at", "duration_minutes", "format", "mentor_reflection"]
