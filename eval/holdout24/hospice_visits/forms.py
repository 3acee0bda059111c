from django import forms

from .models import NextOfKin, Patient


class ReferralForm(forms.Form):
    referrer_name = forms.CharField(max_length=120)
    referrer_role = forms.CharField(max_length=60, help_text="e.g. GP, district nurse")
    referrer_phone = forms.CharField(max_length=20)
    patient_name = forms.CharField(max_length=120)
    patient_dob = forms.DateField(label="Patient date of birth")
    patient_postcode = forms.CharField(max_length=10)
    diagnosis = forms.CharField(max_length=200)
    prognosis_weeks = forms.IntegerField(min_value=0, required=False)
    patient_aware_of_referral = forms.BooleanField(required=False)
    reason = forms.CharField(widget=forms.Textarea, label="Reason for referral")


class VisitCloseForm(forms.Form):
    BREATHLESSNESS = [("none", "None"), ("exertion", "On exertion"), ("rest", "At rest")]

    pain_score = forms.IntegerField(min_value=0, max_value=10)
    breathlessness = forms.ChoiceField(choices=BREATHLESSNESS)
    drugs_administered = forms.CharField(widget=forms.Textarea, required=False)
    notes = forms.CharField(widget=forms.Textarea, required=False)
    next_visit_due = forms.DateTimeField(required=False)


class BereavementFollowUpForm(forms.Form):
    contact = forms.ModelChoiceField(queryset=NextOfKin.objects.all())
    consent_to_contact = forms.BooleanField(required=False)
    preferred_time = forms.ChoiceField(
        choices=[("am", "Morning"), ("pm", "Afternoon"), ("eve", "Evening")]
    )


class PatientForm(forms.ModelForm):
    confirm_nhs_number = forms.CharField(max_length=10)

    class Meta:
        model = Patient
        fields = [
            "nhs_number",
            "first_name",
            "last_name",
            "date_of_birth",
            "address_line1",
            "town",
            "postcode",
            "phone",
            "key_safe_code",
            "gp_practice",
            "primary_diagnosis",
            "team",
        ]
