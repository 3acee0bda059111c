from datetime import date

from rest_framework import serializers

from .models import Singer, TourPlace


class SingerSerializer(serializers.ModelSerializer):
    full_name = serializers.SerializerMethodField()
    age_on_departure = serializers.IntegerField(read_only=True)

    class Meta:
        model = Singer
        fields = ["id", "full_name", "voice_part", "mobile", "age_on_departure"]

    def get_full_name(self, obj):
        return f"{obj.first_name} {obj.surname}"


class TourPlaceSerializer(serializers.ModelSerializer):
    singer_name = serializers.SerializerMethodField()
    tour_title = serializers.CharField(source="tour.title", read_only=True)

    class Meta:
        model = TourPlace
        fields = ["id", "tour", "tour_title", "singer", "singer_name", "status", "balance_outstanding"]

    def get_singer_name(self, obj):
        return f"{obj.singer.first_name} {obj.singer.surname}"


class RoomingListRowSerializer(serializers.Serializer):
    room_number = serializers.CharField(max_length=10)
    occupant_one = serializers.CharField()
    occupant_two = serializers.CharField(allow_blank=True)
    accessible_room = serializers.BooleanField(default=False)
    notes = serializers.CharField(allow_blank=True, required=False)


class PassportCheckSerializer(serializers.Serializer):
    singer_id = serializers.IntegerField()
    name_as_on_passport = serializers.CharField(max_length=120)
    passport_number = serializers.CharField(max_length=20)
    issuing_country = serializers.CharField(max_length=2)
    expiry_date = serializers.DateField()
    valid_for_trip = serializers.BooleanField(read_only=True)

    def validate_expiry_date(self, value):
        if value < date.today():
            raise serializers.ValidationError("Passport has expired.")
        return value
