from rest_framework import serializers

from .models import Printer, PrintJob


class PrinterSerializer(serializers.ModelSerializer):
    site_name = serializers.CharField(source="site.name", read_only=True)
    model_name = serializers.CharField(source="model.model_name", read_only=True)
    toner = serializers.SerializerMethodField()

    class Meta:
        model = Printer
        fields = ["asset_tag", "site_name", "floor", "model_name", "hostname", "ip_address", "status", "toner"]

    def get_toner(self, obj):
        return {t.colour: t.percent for t in obj.toner_levels.all()}


class MeterReadingSerializer(serializers.Serializer):
    serial_number = serializers.CharField(max_length=40)
    mono = serializers.IntegerField(min_value=0)
    colour = serializers.IntegerField(min_value=0, required=False)
    read_at = serializers.DateTimeField()


class StatusAlertSerializer(serializers.Serializer):
    asset_tag = serializers.CharField()
    severity = serializers.ChoiceField(choices=["info", "warning", "critical"])
    message = serializers.CharField()
    raised_at = serializers.DateTimeField()


class PrintJobSerializer(serializers.ModelSerializer):
    username = serializers.CharField(source="account.user.username", read_only=True)
    printer_name = serializers.CharField(source="printer.hostname", read_only=True)

    class Meta:
        model = PrintJob
        fields = ["id", "username", "printer_name", "document_name", "pages", "colour", "cost", "submitted_at"]
