from rest_framework import serializers

from .models import Assessment, ReferralReason


class ReferralCreateSerializer(serializers.Serializer):
    payroll_number = serializers.CharField(max_length=20)
    employee_name = serializers.CharField(max_length=120)
    employee_email = serializers.EmailField()
    reason = serializers.ChoiceField(choices=ReferralReason.choices)
    absence_start = serializers.DateField(required=False, allow_null=True)
    questions = serializers.CharField()
    manager_email = serializers.EmailField()


class AssessmentReportSerializer(serializers.ModelSerializer):
    employee_name = serializers.CharField(source="referral.employee.full_name", read_only=True)
    fit_for_work = serializers.CharField(source="get_fit_for_work_display", read_only=True)

    class Meta:
        model = Assessment
        fields = ["assessed_on", "employee_name", "fit_for_work", "recommended_adjustments", "review_date"]


class ClinicSlotSerializer(serializers.Serializer):
    starts_at = serializers.DateTimeField()
    clinician_name = serializers.CharField()
    room = serializers.CharField(allow_blank=True)
    remote = serializers.BooleanField()
