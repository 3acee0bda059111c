"""DRF serializers behind the booking app and the members' area."""

from __future__ import annotations

from rest_framework import serializers

from .models import Booking, LoyaltyMember, Screening


class ScreeningSerializer(serializers.ModelSerializer):
    film_title = serializers.CharField(source="film.title", read_only=True)
    cinema_name = serializers.CharField(source="cinema.name", read_only=True)
    seats_left = serializers.IntegerField(read_only=True)

    class Meta:
        model = Screening
        fields = ["id", "film_title", "cinema_name", "starts_at", "subtitled", "seats_left"]


class MemberSerializer(serializers.ModelSerializer):
    username = serializers.CharField(source="user.username", read_only=True)
    email = serializers.EmailField(source="user.email")
    full_name = serializers.SerializerMethodField()
    points_balance = serializers.IntegerField(read_only=True)

    class Meta:
        model = LoyaltyMember
        fields = ["username", "email", "full_name", "card_number", "points_balance", "tier"]

    def get_full_name(self, obj: LoyaltyMember) -> str:
        return obj.user.get_full_name()


class BookingCreateSerializer(serializers.Serializer):
    screening = serializers.PrimaryKeyRelatedField(queryset=Screening.objects.all())
    seats = serializers.ListField(child=serializers.CharField(max_length=4), min_length=1)
    promo_code = serializers.CharField(required=False, allow_blank=True)
    card_token = serializers.CharField(write_only=True)
    guest_email = serializers.EmailField(required=False)
    wheelchair_space = serializers.BooleanField(default=False)


class BookingSerializer(serializers.ModelSerializer):
    screening = ScreeningSerializer(read_only=True)

    class Meta:
        model = Booking
        fields = ["reference", "screening", "seats", "total", "booked_at"]
