from django import forms

from .models import Junior


DAYS = [(1, "Monday"), (2, "Tuesday"), (3, "Wednesday"), (4, "Thursday"), (5, "Friday"), (6, "Saturday"), (7, "Sunday")]


class JuniorRegistrationForm(forms.Form):
    guardian_name = forms.CharField(max_length=120, label="Parent or carer name")
    guardian_email = forms.EmailField()
    guardian_phone = forms.CharField(max_length=20)
    child_first_name = forms.CharField(max_length=60)
    child_last_name = forms.CharField(max_length=60)
    child_date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    medical_conditions = forms.CharField(widget=forms.Textarea, required=False,
                                         help_text="Allergies, asthma, anything the coach should know")
    emergency_contact_name = forms.CharField(max_length=120)
    emergency_contact_phone = forms.CharField(max_length=20)
    photo_consent = forms.BooleanField(required=False)
    newsletter = forms.BooleanField(required=False, label="Send me club news and offers")


class TrialSessionForm(forms.ModelForm):
    preferred_day = forms.ChoiceField(choices=DAYS)
    playing_experience = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

    class Meta:
        model = Junior
        fields = ["first_name", "last_name", "date_of_birth", "school"]


class CoachAvailabilityForm(forms.Form):
    available_days = forms.MultipleChoiceField(choices=DAYS, widget=forms.CheckboxSelectMultiple)
    max_hours = forms.IntegerField(min_value=0, max_value=40)
    notes = forms.CharField(widget=forms.Textarea, required=False)
