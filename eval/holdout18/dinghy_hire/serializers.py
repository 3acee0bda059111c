from rest_framework import serializers

from .models import Boat, Hire, Sailor


class BoatSerializer(serializers.ModelSerializer):
    available = serializers.BooleanField(read_only=True)

    class Meta:
        model = Boat
        fields = ["id", "sail_number", "boat_class", "name", "crew_capacity", "hourly_rate", "available"]


class SailorSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(source="user.get_full_name", read_only=True)
    age = serializers.IntegerField(read_only=True)

    class Meta:
        model = Sailor
        fields = ["id", "full_name", "age", "mobile", "email", "rya_level", "account_credit"]
        read_only_fields = ["account_credit"]


class HireRequestSerializer(serializers.Serializer):
    boat = serializers.PrimaryKeyRelatedField(queryset=Boat.objects.filter(out_of_service=False))
    sailor_id = serializers.IntegerField()
    crew_ids = serializers.ListField(child=serializers.IntegerField(), required=False)
    start = serializers.DateTimeField()
    hours = serializers.IntegerField(min_value=1, max_value=8)
    voucher_code = serializers.CharField(required=False, allow_blank=True)
    use_account_credit = serializers.BooleanField(default=False)


class HireSerializer(serializers.ModelSerializer):
    boat = BoatSerializer(read_only=True)
    sailor_name = serializers.CharField(source="sailor.user.get_full_name", read_only=True)

    class Meta:
        model = Hire
        fields = ["id", "boat", "sailor_name", "starts_at", "ends_at", "returned_at", "price", "paid"]


class WeatherCheckSerializer(serializers.Serializer):
    station = serializers.CharField()
    wind_knots = serializers.IntegerField()
    gust_knots = serializers.IntegerField()
    direction_deg = serializers.IntegerField(min_value=0, max_value=359)
    sea_state = serializers.ChoiceField(choices=["calm", "slight", "moderate", "rough"])
    observed_at = serializers.DateTimeField()
    sailing_allowed = serializers.BooleanField()
