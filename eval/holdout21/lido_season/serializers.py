from rest_framework import serializers

from .models import Lido, SeasonTicketHolder


class HolderSerializer(serializers.ModelSerializer):
    visits_this_season = serializers.IntegerField(read_only=True)
    last_swim = serializers.DateTimeField(read_only=True)
    photo_url = serializers.SerializerMethodField()

    class Meta:
        model = SeasonTicketHolder
        fields = ["id", "first_name", "last_name", "ticket_type", "valid_until",
                  "visits_this_season", "last_swim", "photo_url"]

    def get_photo_url(self, obj):
        request = self.context.get("request")
        return request.build_absolute_uri(obj.photo.url) if obj.photo else None


class RenewalSerializer(serializers.Serializer):
    holder_id = serializers.IntegerField()
    ticket_type = serializers.ChoiceField(choices=SeasonTicketHolder.TICKET_TYPES)
    card_token = serializers.CharField()
    gift_aid = serializers.BooleanField(default=False)


class LidoStatusSerializer(serializers.ModelSerializer):
    is_open = serializers.BooleanField(read_only=True)
    queue_minutes = serializers.IntegerField(read_only=True)

    class Meta:
        model = Lido
        fields = ["name", "water_temp_c", "is_open", "queue_minutes"]
