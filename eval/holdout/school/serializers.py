"""REST serializers for the pupil-information API."""

from __future__ import annotations

from rest_framework import serializers


class PupilSerializer(serializers.Serializer):
    upn = serializers.CharField(max_length=13, help_text="Unique pupil number")
    legal_forename = serializers.CharField(max_length=60)
    legal_surname = serializers.CharField(max_length=60)
    preferred_forename = serializers.CharField(max_length=60, required=False)
    birth_date = serializers.DateField()
    gender = serializers.ChoiceField(choices=["F", "M", "X"])
    year_group = serializers.IntegerField(min_value=0, max_value=13)
    form = serializers.CharField(max_length=6)
    home_language = serializers.CharField(max_length=40, required=False)
    ethnicity = serializers.CharField(max_length=40, required=False)
    religion = serializers.CharField(max_length=40, required=False)
    first_language_not_english = serializers.BooleanField(default=False)
    medical_conditions = serializers.CharField(required=False, allow_blank=True)
    sen_status = serializers.CharField(max_length=1, required=False)
    photo = serializers.ImageField(required=False)
    photo_consent = serializers.BooleanField(default=False)
    leaving_destination = serializers.CharField(required=False)


class GuardianSerializer(serializers.Serializer):
    pupil = serializers.PrimaryKeyRelatedField(read_only=True)
    title = serializers.CharField(max_length=10, required=False)
    forename = serializers.CharField(max_length=60)
    surname = serializers.CharField(max_length=60)
    relationship_to_pupil = serializers.CharField(max_length=30)
    has_parental_responsibility = serializers.BooleanField(default=True)
    email = serializers.EmailField()
    telephone_home = serializers.CharField(max_length=20, required=False)
    telephone_work = serializers.CharField(max_length=20, required=False)
    address = serializers.CharField()
    county = serializers.CharField(max_length=40, required=False)
    contact_priority = serializers.IntegerField(default=1)


class CourseSerializer(serializers.Serializer):
    code = serializers.SlugField()
    name = serializers.CharField(max_length=120)
    subject = serializers.CharField(max_length=60)
    key_stage = serializers.IntegerField()
    max_class_size = serializers.IntegerField(default=30)
    is_exam_course = serializers.BooleanField(default=False)


class AssessmentResultSerializer(serializers.Serializer):
    pupil = serializers.PrimaryKeyRelatedField(read_only=True)
    course = serializers.SlugRelatedField(slug_field="code", read_only=True)
    assessed_on = serializers.DateField()
    grade = serializers.CharField(max_length=3)
    predicted_grade = serializers.CharField(max_length=3, required=False)
    teacher_comment = serializers.CharField(required=False, allow_blank=True)
    marked_by = serializers.PrimaryKeyRelatedField(read_only=True)


class AttendanceMarkSerializer(serializers.Serializer):
    pupil = serializers.PrimaryKeyRelatedField(read_only=True)
    session_date = serializers.DateField()
    session = serializers.ChoiceField(choices=["AM", "PM"])
    mark = serializers.CharField(max_length=1)
    late_minutes = serializers.IntegerField(default=0)


class StaffSerializer(serializers.Serializer):
    staff_code = serializers.CharField(max_length=4)
    name = serializers.CharField(max_length=120)
    role = serializers.CharField(max_length=60)
    work_email = serializers.EmailField()
    dbs_certificate_number = serializers.CharField(max_length=12)
    qualified_teacher_status = serializers.BooleanField(default=True)
    highest_qualification = serializers.CharField(max_length=80, required=False)


class SchoolSerializer(serializers.Serializer):
    urn = serializers.IntegerField()
    name = serializers.CharField(max_length=200)
    phase = serializers.CharField(max_length=20)
    headteacher_message = serializers.CharField(required=False)
    reception_phone = serializers.CharField(max_length=20)
    postcode = serializers.CharField(max_length=10)
    pupil_count = serializers.IntegerField(read_only=True)
    term_dates_url = serializers.URLField()
