from django import forms

from .models import Booking


class BookingForm(forms.ModelForm):
    confirm_email = forms.EmailField(required=False)
    agree_terms = forms.BooleanField(label="I have read how my data is used")

    class Meta:
        model = Booking
        fields = [
            "nhs_number",
            "first_name",
            "last_name",
            "date_of_birth",
            "mobile",
            "email",
            "postcode",
            "clinical_risk_group",
            "is_health_or_care_worker",
            "needs_wheelchair_access",
        ]

    def clean(self):
        data = super().clean()
        if data.get("email") and data.get("email") != data.get("confirm_email"):
            self.add_error("confirm_email", "E-mail addresses do not match.")
        return data


class FindMyBookingForm(forms.Form):
    reference = forms.CharField(max_length=8)
    date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    postcode = forms.CharField(max_length=8)


class PreVaccinationScreeningForm(forms.Form):
    feeling_unwell_today = forms.BooleanField(required=False)
    previous_anaphylaxis = forms.BooleanField(required=False)
    bleeding_disorder = forms.BooleanField(required=False)
    taking_anticoagulants = forms.BooleanField(required=False)
    pregnant = forms.BooleanField(required=False)
    positive_test_last_28_days = forms.BooleanField(required=False)
    screened_by = forms.CharField(max_length=120)
    notes = forms.CharField(widget=forms.Textarea, required=False)
