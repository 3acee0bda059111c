"""DRF serializers of the pharmacy's patient app and courier hand-off."""

from __future__ import annotations

from rest_framework import serializers

from .models import Drug, Patient, Prescription


class DrugSerializer(serializers.ModelSerializer):
    class Meta:
        model = Drug
        fields = ["dmd_code", "name", "form", "strength", "pack_size"]


class PatientSerializer(serializers.ModelSerializer):
    age = serializers.SerializerMethodField()
    surgery_name = serializers.CharField(source="nominated_surgery.name", read_only=True)

    class Meta:
        model = Patient
        fields = ["nhs_number", "given_name", "family_name", "birth_date", "age", "surgery_name"]


class PrescriptionSerializer(serializers.ModelSerializer):
    patient = PatientSerializer(read_only=True)
    item_count = serializers.IntegerField(source="items.count", read_only=True)
    ready = serializers.BooleanField(read_only=True)

    class Meta:
        model = Prescription
        fields = ["uuid", "patient", "issued", "state", "item_count", "ready"]


class RepeatRequestSerializer(serializers.Serializer):
    nhs_number = serializers.CharField(max_length=10)
    items = serializers.ListField(child=serializers.CharField(max_length=200))
    collect_from_branch = serializers.CharField(max_length=10)
    message_to_pharmacist = serializers.CharField(allow_blank=True, required=False)
    notify_by_sms = serializers.BooleanField(default=True)


class DeliveryManifestRowSerializer(serializers.Serializer):
    run_number = serializers.IntegerField()
    stop = serializers.IntegerField()
    recipient = serializers.CharField()
    address = serializers.CharField()
    bag_count = serializers.IntegerField()
    fridge_bag = serializers.BooleanField()
    signature_png = serializers.ImageField(required=False)
    signed_at = serializers.DateTimeField(required=False)
