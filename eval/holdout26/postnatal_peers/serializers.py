from rest_framework import serializers

from .models import BabyGroup, Contact, PeerSupporter


class ParentSignupSerializer(serializers.Serializer):
    first_name = serializers.CharField(max_length=60)
    last_name = serializers.CharField(max_length=60)
    email = serializers.EmailField()
    mobile = serializers.CharField(max_length=20)
    postcode = serializers.CharField(max_length=10)
    baby_born_on = serializers.DateField()
    first_language = serializers.CharField(required=False)
    how_are_you_feeling = serializers.CharField(required=False, allow_blank=True)
    password = serializers.CharField(write_only=True, min_length=10)


class ContactLogSerializer(serializers.ModelSerializer):
    mood_rating = serializers.IntegerField(min_value=1, max_value=5, required=False)
    notes = serializers.CharField(allow_blank=True, required=False)

    class Meta:
        model = Contact
        fields = ["match", "happened_at", "method", "duration_minutes", "mood_rating", "notes"]


class SupporterCardSerializer(serializers.ModelSerializer):
    bio = serializers.CharField(source="own_experience", read_only=True)

    class Meta:
        model = PeerSupporter
        fields = ["id", "display_name", "languages", "bio"]


class BabyGroupSerializer(serializers.ModelSerializer):
    facilitator_name = serializers.CharField(source="facilitator.display_name", read_only=True)

    class Meta:
        model = BabyGroup
        fields = ["id", "name", "venue", "postcode", "weekday", "start_time", "facilitator_name"]
