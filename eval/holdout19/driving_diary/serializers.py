from datetime import date

from rest_framework import serializers

from .models import DrivingTest, Lesson, Pupil


class PupilSerializer(serializers.ModelSerializer):
    full_name = serializers.SerializerMethodField()
    age = serializers.SerializerMethodField()
    lessons_remaining = serializers.IntegerField(source="lesson_balance", read_only=True)

    class Meta:
        model = Pupil
        fields = ["id", "full_name", "age", "phone", "pickup_address", "lessons_remaining", "theory_passed_on"]

    def get_full_name(self, obj):
        return f"{obj.first_name} {obj.last_name}"

    def get_age(self, obj):
        today = date.today()
        dob = obj.date_of_birth
        return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


class LessonSerializer(serializers.ModelSerializer):
    pupil_name = serializers.CharField(source="pupil.first_name", read_only=True)
    instructor = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = Lesson
        fields = ["id", "instructor", "pupil", "pupil_name", "start", "duration_minutes", "pickup_location", "status"]


class BookLessonSerializer(serializers.Serializer):
    pupil_id = serializers.IntegerField()
    start = serializers.DateTimeField()
    duration_minutes = serializers.ChoiceField(choices=[60, 90, 120])
    pickup_location = serializers.CharField(max_length=200, required=False)
    send_sms_confirmation = serializers.BooleanField(default=True)


class PupilSignupSerializer(serializers.Serializer):
    first_name = serializers.CharField(max_length=60)
    last_name = serializers.CharField(max_length=60)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=20)
    date_of_birth = serializers.DateField()
    provisional_licence_number = serializers.CharField(max_length=16)
    has_theory_pass = serializers.BooleanField(default=False)
    marketing_consent = serializers.BooleanField(default=False)


class TestResultSerializer(serializers.ModelSerializer):
    class Meta:
        model = DrivingTest
        fields = ["pupil", "booked_for", "passed", "driving_faults"]
