from __future__ import annotations

from rest_framework import serializers

from .models import Application, CandidateProfile, Vacancy


class VacancyListSerializer(serializers.ModelSerializer):
    company_name = serializers.CharField(source="company.name")
    company_logo = serializers.ImageField(source="company.logo", read_only=True)
    salary_display = serializers.SerializerMethodField()

    class Meta:
        model = Vacancy
        fields = ["id", "title", "company_name", "company_logo", "location", "salary_display"]


class CandidateSerializer(serializers.ModelSerializer):
    first_name = serializers.CharField(source="user.first_name")
    last_name = serializers.CharField(source="user.last_name")
    email = serializers.EmailField(source="user.email", read_only=True)

    class Meta:
        model = CandidateProfile
        fields = ["first_name", "last_name", "email", "headline", "current_title", "cv"]


class ApplicationCreateSerializer(serializers.ModelSerializer):
    phone = serializers.CharField(max_length=20)
    screening_answers = serializers.DictField(child=serializers.CharField(), required=False)

    class Meta:
        model = Application
        fields = ["vacancy", "cover_letter", "phone", "screening_answers"]


class PipelineStageSerializer(serializers.Serializer):
    stage = serializers.ChoiceField(choices=["applied", "screen", "interview", "offer", "hired"])
    notify_candidate = serializers.BooleanField(default=True)
    internal_note = serializers.CharField(required=False, allow_blank=True)
