from rest_framework import serializers

from .models import Booking, OpenDay, Session, Visitor


class VisitorSerializer(serializers.ModelSerializer):
    full_name = serializers.SerializerMethodField()
    email = serializers.EmailField()
    current_school = serializers.CharField(allow_blank=True, required=False)

    class Meta:
        model = Visitor
        fields = ["id", "full_name", "email", "current_school", "year_of_entry"]


class SessionSerializer(serializers.ModelSerializer):
    speaker_name = serializers.CharField(read_only=True)
    spaces_left = serializers.IntegerField(read_only=True)

    class Meta:
        model = Session
        fields = ["id", "subject", "speaker_name", "room", "starts_at", "spaces_left"]


class BookingCreateSerializer(serializers.Serializer):
    open_day = serializers.PrimaryKeyRelatedField(queryset=OpenDay.objects.all())
    first_name = serializers.CharField(max_length=60)
    last_name = serializers.CharField(max_length=60)
    email = serializers.EmailField()
    mobile = serializers.CharField(max_length=20, required=False, allow_blank=True)
    date_of_birth = serializers.DateField(required=False)
    current_school = serializers.CharField(max_length=150, required=False, allow_blank=True)
    year_of_entry = serializers.IntegerField(min_value=2024, max_value=2030, required=False)
    subject_interests = serializers.ListField(child=serializers.CharField(), max_length=3)
    accessibility_requirements = serializers.CharField(required=False, allow_blank=True)
    guests = serializers.IntegerField(min_value=0, max_value=2, default=0)
    marketing_consent = serializers.BooleanField(default=False)
    recaptcha_token = serializers.CharField(write_only=True)


class CheckInSerializer(serializers.Serializer):
    booking_reference = serializers.UUIDField()
    scanned_by = serializers.CharField(max_length=150)
    device_id = serializers.CharField(max_length=64, help_text="Registration desk tablet")
