"""Job centre claimant and vacancy API (Django REST framework serializers)."""

from __future__ import annotations

from rest_framework import serializers


class ClaimantSerializer(serializers.Serializer):
    claimant_ref = serializers.CharField(read_only=True)
    first_name = serializers.CharField()
    surname = serializers.CharField()
    nino = serializers.CharField()
    date_of_birth = serializers.DateField()
    address = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.EmailField(required=False)
    highest_qualification = serializers.CharField()
    qualification_level = serializers.IntegerField()
    english_test_result = serializers.CharField(required=False)
    has_health_condition = serializers.BooleanField()
    fit_note_until = serializers.DateField(required=False)
    household_income = serializers.DecimalField(max_digits=9, decimal_places=2)
    savings = serializers.DecimalField(max_digits=9, decimal_places=2)
    lives_in = serializers.ChoiceField(choices=["house", "flat", "hostel"])
    work_coach_id = serializers.IntegerField()
    claimant_commitment = serializers.CharField()


class WorkCoachSerializer(serializers.Serializer):
    staff_number = serializers.CharField()
    name = serializers.CharField()
    office = serializers.CharField()
    direct_line = serializers.CharField()


class AppointmentSerializer(serializers.Serializer):
    claimant_id = serializers.IntegerField()
    work_coach_id = serializers.IntegerField()
    slot = serializers.DateTimeField()
    channel = serializers.ChoiceField(choices=["phone", "video", "in_person"])
    attended = serializers.BooleanField()
    notes = serializers.CharField(allow_blank=True)


class VacancySerializer(serializers.Serializer):
    title = serializers.CharField()
    employer_name = serializers.CharField()
    employer_postcode = serializers.CharField()
    salary = serializers.DecimalField(max_digits=9, decimal_places=2)
    hours_per_week = serializers.IntegerField()
    contact_email = serializers.EmailField()
    contact_phone = serializers.CharField()
    closing_date = serializers.DateField()


class OfficeSerializer(serializers.Serializer):
    name = serializers.CharField()
    address = serializers.CharField()
    postcode = serializers.CharField()
    phone = serializers.CharField()
    manager_name = serializers.CharField()
