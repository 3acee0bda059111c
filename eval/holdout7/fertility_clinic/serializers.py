from rest_framework import serializers

from .models import Patient, TreatmentCycle


class PatientSummarySerializer(serializers.ModelSerializer):
    age = serializers.IntegerField(read_only=True)
    partner_name = serializers.CharField(source="partner.first_name", read_only=True)
    cycles_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Patient
        fields = ["id", "hospital_number", "first_name", "last_name", "age", "partner_name", "cycles_count"]


class CycleSerializer(serializers.ModelSerializer):
    patient = serializers.PrimaryKeyRelatedField(queryset=Patient.objects.all())
    embryo_grades = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = TreatmentCycle
        fields = "__all__"


class EnquirySerializer(serializers.Serializer):
    name = serializers.CharField(max_length=120)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=20, required=False)
    age = serializers.IntegerField(min_value=18, max_value=55)
    trying_to_conceive_months = serializers.IntegerField(required=False)
    message = serializers.CharField(required=False, allow_blank=True)
    heard_about_us = serializers.CharField(required=False)
