from rest_framework import serializers

from .models import AuthorisedBooker, Journey, Passenger


class PassengerSerializer(serializers.ModelSerializer):
    account = serializers.SlugRelatedField(slug_field="account_code", read_only=True)

    class Meta:
        model = Passenger
        fields = ["id", "account", "name", "mobile", "home_address", "needs_wheelchair_vehicle"]


class BookerSerializer(serializers.ModelSerializer):
    company = serializers.CharField(source="account.company_name", read_only=True)

    class Meta:
        model = AuthorisedBooker
        fields = ["id", "name", "email", "direct_line", "job_title", "company"]


class JourneyBookingSerializer(serializers.Serializer):
    account_code = serializers.CharField(max_length=12)
    passenger_name = serializers.CharField(max_length=120)
    passenger_mobile = serializers.CharField(max_length=20)
    pickup_at = serializers.DateTimeField()
    pickup_address = serializers.CharField(max_length=255)
    dropoff_address = serializers.CharField(max_length=255)
    via = serializers.ListField(child=serializers.CharField(), required=False)
    vehicle_type = serializers.ChoiceField(choices=["saloon", "estate", "mpv", "wav"])
    wheelchair_accessible = serializers.BooleanField(default=False)
    notes_for_driver = serializers.CharField(required=False, allow_blank=True)
    po_number = serializers.CharField(required=False, allow_blank=True)


class JourneyReceiptSerializer(serializers.ModelSerializer):
    passenger = serializers.StringRelatedField()
    booked_by = serializers.StringRelatedField()
    account = serializers.SlugRelatedField(slug_field="company_name", read_only=True)

    class Meta:
        model = Journey
        fields = [
            "id",
            "account",
            "booked_by",
            "passenger",
            "pickup_at",
            "pickup_address",
            "dropoff_address",
            "fare",
            "waiting_minutes",
            "po_number",
        ]


class MonthlyStatementLineSerializer(serializers.Serializer):
    journey_id = serializers.IntegerField()
    date = serializers.DateField()
    passenger = serializers.CharField()
    route = serializers.CharField(help_text="pickup -> dropoff, shortened")
    cost_centre = serializers.CharField(allow_blank=True)
    fare = serializers.DecimalField(max_digits=8, decimal_places=2)
    vat = serializers.DecimalField(max_digits=8, decimal_places=2)
