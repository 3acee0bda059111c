from django import forms

from .models import Dentist, Patient


class PatientRegistrationForm(forms.ModelForm):
    confirm_email = forms.EmailField(label="Confirm e-mail address")
    consent_to_share_records = forms.BooleanField(
        required=False, label="Share my records with my GP where clinically needed"
    )

    class Meta:
        model = Patient
        fields = (
            "first_name",
            "last_name",
            "date_of_birth",
            "phone_mobile",
            "email",
            "address_line1",
            "town",
            "postcode",
        )

    def clean(self):
        data = super().clean()
        if data.get("email") != data.get("confirm_email"):
            self.add_error("confirm_email", "The two e-mail addresses differ.")
        return data


class MedicalHistoryForm(forms.Form):
    takes_blood_thinners = forms.BooleanField(required=False)
    has_diabetes = forms.BooleanField(required=False)
    is_pregnant = forms.BooleanField(required=False)
    other_conditions = forms.CharField(widget=forms.Textarea, required=False)
    gp_practice_name = forms.CharField(max_length=120, required=False)
    signature = forms.CharField(max_length=120, help_text="Type your full name to sign")


class AppointmentSearchForm(forms.Form):
    date_from = forms.DateField(required=False)
    date_to = forms.DateField(required=False)
    dentist = forms.ModelChoiceField(queryset=Dentist.objects.all(), required=False)
    include_cancelled = forms.BooleanField(required=False)
