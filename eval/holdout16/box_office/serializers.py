from rest_framework import serializers

from .models import Booking, Patron, Seat


class PatronSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(source="get_full_name", read_only=True)
    upcoming_bookings = serializers.PrimaryKeyRelatedField(many=True, read_only=True, source="bookings")

    class Meta:
        model = Patron
        fields = ["id", "full_name", "email", "phone", "friend_tier", "email_opt_in", "upcoming_bookings"]


class SeatMapSerializer(serializers.ModelSerializer):
    available = serializers.BooleanField(read_only=True)
    price = serializers.DecimalField(max_digits=6, decimal_places=2, read_only=True)

    class Meta:
        model = Seat
        fields = ["id", "section", "row", "number", "wheelchair_space", "available", "price"]


class BookingCreateSerializer(serializers.Serializer):
    performance_id = serializers.IntegerField()
    seat_ids = serializers.ListField(child=serializers.IntegerField(), min_length=1)
    patron_email = serializers.EmailField()
    card_number = serializers.CharField(max_length=19, write_only=True)
    card_expiry = serializers.CharField(max_length=5, write_only=True)
    cvc = serializers.CharField(max_length=4, write_only=True)
    promo_code = serializers.CharField(required=False, allow_blank=True)
    marketing_consent = serializers.BooleanField(default=False)


class BookingSerializer(serializers.ModelSerializer):
    patron = PatronSerializer(read_only=True)

    class Meta:
        model = Booking
        fields = ["reference", "patron", "performance", "seats", "total", "payment_status"]


class WaitlistSerializer(serializers.Serializer):
    performance = serializers.IntegerField()
    name = serializers.CharField(max_length=120)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=20, required=False)
    party_size = serializers.IntegerField(min_value=1, max_value=10)
